"""Round 29: a crowd at a named person's building protests that person (group_protests.py); supporters at their own
party's building protest the story's state, not the party (own_venues.py)."""

_ROW = "NAIROBI, Feb 18 (Wire) - Kenyan Prime Minister Anna Varga signed a mining deal with a foreign firm. "
_ARREST = "NAIROBI, Feb 18 (Wire) - Kenyan police arrested the leader of the Unity Party, Karl Banda, on Sunday. "


def test_crowd_marching_on_a_leaders_office(extract) -> None:
    r = extract(_ROW + "About 300 protesters marched on Varga's office on Monday.")
    assert ("About 300 protesters", "PROTESTS", "Anna Varga") in r.triples
    assert ("About 300 protesters", "PROTESTS", "Kenya") not in r.triples


def test_surname_after_outside_is_the_person(extract) -> None:
    r = extract(_ROW + "Hundreds of demonstrators rallied outside Varga's official residence on Monday.")
    assert ("Hundreds of demonstrators", "PROTESTS", "Anna Varga") in r.triples


def test_supporters_outside_their_partys_offices_protest_the_state(extract) -> None:
    r = extract(_ARREST + "Several hundred supporters protested outside the party's offices on Monday.")
    assert ("Several hundred supporters", "PROTESTS", "Kenya") in r.triples
    assert ("Several hundred supporters", "PROTESTS", "Unity Party") not in r.triples


def test_named_supporters_at_their_partys_headquarters(extract) -> None:
    r = extract(_ARREST + "Hundreds of Unity Party supporters rallied outside the party's headquarters on Monday.")
    assert ("Hundreds of Unity Party supporters", "PROTESTS", "Kenya") in r.triples


def test_supporters_at_another_bodys_building_keep_its_target(extract) -> None:
    r = extract(_ARREST + "Hundreds of Unity Party supporters rallied outside the Electoral Commission headquarters.")
    assert ("Hundreds of Unity Party supporters", "PROTESTS", "Electoral Commission") in r.triples
    r = extract(_ARREST + "Hundreds of supporters of the Justice Party rallied outside the Unity Party headquarters.")
    assert ("Hundreds of supporters", "PROTESTS", "Unity Party") in r.triples
