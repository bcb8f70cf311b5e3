"""Round 19: a post named before the body and the person, with the body's unit or seat between them -- "the head
of the EU delegation in Lima, X", "a spokeswoman for the Y administration in Quito, X" -- is still a post in the
body (a unit's head holds a post; the seat's city is no actor of the post)."""


def test_seat_between_body_and_name(extract) -> None:
    r = extract("A spokeswoman for the Andean Front in Quito, Marta Oyola, said the roads were open.")
    assert ("Marta Oyola", "HOLDS_POSITION", "Andean Front") in r.triples


def test_unit_and_seat_hold_a_post_not_the_lead(extract) -> None:
    r = extract("Peru summoned the head of the EU delegation in Lima, Ingrid Solberg, on Friday.")
    assert ("Ingrid Solberg", "HOLDS_POSITION", "EU") in r.triples
    assert ("Ingrid Solberg", "LEADS", "EU") not in r.triples


def test_administration_of_a_body(extract) -> None:
    r = extract("The Andean Front seized two towns. A spokesman for the Andean Front administration in Quito, "
                "Marta Oyola, said the roads were open.")
    assert ("Marta Oyola", "HOLDS_POSITION", "Andean Front") in r.triples


def test_head_of_a_body_in_a_city_still_leads(extract) -> None:
    r = extract("The head of the Andean Front in Quito, Marta Oyola, said the roads were open.")
    assert ("Marta Oyola", "LEADS", "Andean Front") in r.triples


def test_no_post_without_a_role_before_the_body(extract) -> None:
    r = extract("Protesters marched past the Andean Front office in Quito, Marta Oyola said.")
    assert not [t for t in r.triples if t[0] == "Marta Oyola" and t[1] in ("HOLDS_POSITION", "LEADS")]
