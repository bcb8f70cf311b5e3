"""Round 19: a place named beside a prepositional object is not the object ("clashed with gunmen near X", "a clash
with armed men crossing from X", "offered to convene talks in X"); the object itself still is ("clashed with X near
the border")."""


def test_gunmen_near_a_state_are_not_the_state(extract) -> None:
    r = extract("Zambian troops clashed with armed men near Malawi on Sunday.")
    assert ("Zambia", "ATTACKS", "Malawi") not in r.triples


def test_men_crossing_from_a_state_are_not_the_state(extract) -> None:
    r = extract("Zambian border guards killed four in a clash with gunmen crossing from Malawi.")
    assert ("Zambia", "ATTACKS", "Malawi") not in r.triples
    assert ("Malawi", "ATTACKS", "Zambia") not in r.triples


def test_the_object_before_a_place_stays(extract) -> None:
    r = extract("Zambia clashed with Malawi near the border.")
    assert ("Zambia", "ATTACKS", "Malawi") in r.triples
