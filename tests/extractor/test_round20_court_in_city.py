"""Round 20: "a court in X" acts for a state as "police in X" does: the state whose seat X is ("a court in Lima"), or,
for a city the lexicon does not know ("a court in Lyon"), the state the story's agents act for. A court in a
country named as such ("a court in Peru") is left as before, and a court only named as a place acts for nobody."""


def test_court_in_a_capital_convicts(extract) -> None:
    r = extract("A court in Montevideo convicted Tomas Olvido of fraud on Monday.")
    assert ("Uruguay", "INVESTIGATES", "Tomas Olvido") in r.triples


def test_court_in_a_capital_sentences(extract) -> None:
    r = extract("A court in Montevideo sentenced Tomas Olvido to six years in prison.")
    assert ("Uruguay", "INVESTIGATES", "Tomas Olvido") in r.triples


def test_court_in_another_city_takes_the_story_state(extract) -> None:
    r = extract("Uruguayan police arrested two men in March. A court in Salto convicted Tomas Olvido of fraud.")
    assert ("Uruguay", "INVESTIGATES", "Tomas Olvido") in r.triples


def test_a_court_named_as_a_place_acts_for_nobody(extract) -> None:
    r = extract("Tomas Olvido appealed to a court in Montevideo on Monday.")
    assert not any(t[1] in ("INVESTIGATES", "COERCES") for t in r.triples)
