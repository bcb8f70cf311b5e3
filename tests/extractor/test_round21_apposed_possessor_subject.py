"""Round 21: "X, Y's main ally, has urged Z": X urges Z, though an auxiliary or adverb stands before the verb (the
possessor Y only says whose ally X is); "both sides" after a conflict only threatened keeps the sides read."""


def test_auxiliary_after_a_possessive_apposition(extract) -> None:
    r = extract("China, Peru's main ally, has urged the Red Dawn Front to hold talks.")
    assert ("China", "DEMANDS", "Red Dawn Front") in r.triples
    assert ("Peru", "DEMANDS", "Red Dawn Front") not in r.triples


def test_auxiliary_and_adverb_after_a_possessive_apposition(extract) -> None:
    r = extract("Chile, Peru's largest creditor, has also accused the Red Dawn Front of smuggling arms.")
    assert ("Chile", "ACCUSES", "Red Dawn Front") in r.triples
    assert ("Peru", "ACCUSES", "Red Dawn Front") not in r.triples


def test_a_threatened_act_does_not_make_the_sides(extract) -> None:
    r = extract("The Red Dawn Front has fought Peru for a decade. The Andean Union said it could expel Peru. The "
                "Andean Union met on Monday. China, Peru's main ally, has pressed both sides to hold talks.")
    assert ("China", "DEMANDS", "Red Dawn Front") in r.triples
    assert ("China", "DEMANDS", "Andean Union") not in r.triples
