"""Round 18 (D): a unit's or region's head qualified only by a state ("a Peruvian commander, Col. X", "Chilean
governor Y") holds a post in that state, never leads it; an opposition or rebel leader holds none there."""

from __future__ import annotations


def test_national_commander_holds_a_post(extract) -> None:
    r = extract("Quito issued a warrant for a Colombian commander, Col. Andres Mejia, on Thursday.")
    assert ("Andres Mejia", "HOLDS_POSITION", "Colombia") in r.triples
    assert ("Andres Mejia", "LEADS", "Colombia") not in r.triples


def test_national_governor_holds_a_post(extract) -> None:
    r = extract("Ecuadorian governor Lucia Vera said the floods had cut off three towns.")
    assert ("Lucia Vera", "HOLDS_POSITION", "Ecuador") in r.triples
    assert ("Lucia Vera", "LEADS", "Ecuador") not in r.triples


def test_national_opposition_leader_leads_no_state(extract) -> None:
    r = extract("Ecuadorian opposition leader Lucia Vera said the vote had been rigged.")
    assert ("Lucia Vera", "LEADS", "Ecuador") not in r.triples


def test_president_still_leads(extract) -> None:
    r = extract("Ecuadorian President Lucia Vera said the floods had cut off three towns.")
    assert ("Lucia Vera", "LEADS", "Ecuador") in r.triples


def test_commander_of_a_named_force_still_leads_it(extract) -> None:
    r = extract("Quito issued a warrant for the commander of the Northern Front, Andres Mejia.")
    assert ("Andres Mejia", "LEADS", "Northern Front") in r.triples
