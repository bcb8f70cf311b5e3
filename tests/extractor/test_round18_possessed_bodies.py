"""Round 18 (E): the object "Bolivia's Andean Guard Corps" is the body named, not the state that owns it; a noun the
body only qualifies ("Bolivia's Liberation Front government") leaves the object as before."""

from __future__ import annotations


def test_funding_a_states_named_body(extract) -> None:
    r = extract("Chile accused Peru of funding Bolivia's Andean Guard Corps.")
    assert ("Peru", "AIDS", "Andean Guard Corps") in r.triples
    assert ("Peru", "AIDS", "Bolivia") not in r.triples


def test_sanctioning_a_states_named_body_with_acronym(extract) -> None:
    r = extract("Peru sanctioned Bolivia's Andean Guard Corps (AGC) on Monday.")
    assert ("Peru", "SANCTIONS", "Andean Guard Corps") in r.triples


def test_a_generic_body_stays_the_state(extract) -> None:
    r = extract("Peru funded Bolivia's army.")
    assert ("Peru", "AIDS", "Bolivia") in r.triples
