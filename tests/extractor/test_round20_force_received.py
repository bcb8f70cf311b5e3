"""Round 20: an attack told from the side that suffered it. "Troops came under fire from X" and "the village came
under rocket attack from X's fighters" are X ATTACKS (a force as the subject or as the agent; "the minister came
under fire from X" stays criticism, or nothing); "soldiers were killed in a drone strike by X" is X's attack on the
soldiers' state, and "strike by"/"attack by" is a noun, never the verb whose subject the victims would be."""


def test_troops_came_under_fire_from_a_state(extract) -> None:
    r = extract("Uruguayan troops came under fire from Brazil on Monday.")
    assert ("Brazil", "ATTACKS", "Uruguay") in r.triples


def test_army_came_under_heavy_attack_from_a_group(extract) -> None:
    r = extract("The Malian army came under heavy attack from the Azawad Liberation Front on Sunday.")
    assert ("Azawad Liberation Front", "ATTACKS", "Mali") in r.triples


def test_a_force_named_as_the_agent(extract) -> None:
    r = extract("Chadian troops came under mortar fire from Boko Haram fighters near the lake.")
    assert ("Boko Haram", "ATTACKS", "Chad") in r.triples


def test_criticism_from_a_state_is_no_attack(extract) -> None:
    r = extract("Uruguay came under fire from Brazil on Monday.")
    assert not any(t[1] == "ATTACKS" for t in r.triples)


def test_fire_over_a_decision_stays_criticism(extract) -> None:
    r = extract("Uruguay came under fire from Brazil over its decision to close the border.")
    assert ("Brazil", "ACCUSES", "Uruguay") in r.triples
    assert ("Brazil", "ATTACKS", "Uruguay") not in r.triples


def test_killed_in_a_strike_by(extract) -> None:
    r = extract("Four Malian soldiers were killed in a drone strike by Algeria on Monday.")
    assert ("Algeria", "ATTACKS", "Mali") in r.triples
    assert not any(t[1] == "ATTACKS" and t[2] == "Algeria" for t in r.triples)


def test_killed_in_an_attack_by_a_group(extract) -> None:
    r = extract("Two Nigerien soldiers were killed in an attack by the Islamic State Sahel Province.")
    assert ("Islamic State Sahel Province", "ATTACKS", "Niger") in r.triples
