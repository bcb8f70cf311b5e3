"""Round 18 (G): a speaker is not the agent of a verb it reports about a group no actor names ("the ministry said
both groups worked with X", "said the two gangs had attacked X"); its own forces and named subjects still are."""

from __future__ import annotations


def test_both_groups_after_said_at_the_time(extract) -> None:
    r = extract("The Customs Agency said at the time that both groups worked with the Nordfjord Cartel.")
    assert not any(t[0] == "Customs Agency" for t in r.triples)


def test_the_two_gangs(extract) -> None:
    r = extract("Pavel Dvorak said the two gangs had attacked the Nordfjord Cartel in March.")
    assert ("Pavel Dvorak", "ATTACKS", "Nordfjord Cartel") not in r.triples


def test_own_forces_and_named_subjects_stay(extract) -> None:
    r = extract("Norway said its troops attacked the Nordfjord Cartel.")
    assert ("Norway", "ATTACKS", "Nordfjord Cartel") in r.triples
    r = extract("The Customs Agency said the Nordfjord Cartel worked with Vardo Shipping.")
    assert ("Nordfjord Cartel", "COOPERATES_WITH", "Vardo Shipping") in r.triples
