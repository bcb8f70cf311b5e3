"""Round 20: "arms" after an article, a possessive, a size word or a verb of buying or selling is the noun, not the
verb "to arm" ("bought small arms from X", "the proceeds bought small arms shipped from X"): no AIDS; the verb
("trains and arms the X") keeps it."""


def test_bought_small_arms(extract) -> None:
    r = extract("Ecuador bought small arms from Bolivia last year.")
    assert ("Ecuador", "AIDS", "Bolivia") not in r.triples


def test_small_arms_shipped_from(extract) -> None:
    r = extract("Quito said the gang used the cash to buy small arms shipped from Bolivia.")
    assert ("Ecuador", "AIDS", "Bolivia") not in r.triples


def test_the_verb_stays(extract) -> None:
    r = extract("Bolivia trains and arms the Tolo Front, Ecuador said.")
    assert ("Bolivia", "AIDS", "Tolo Front") in r.triples
