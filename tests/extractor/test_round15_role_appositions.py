"""Round 15 (actor surface forms): "met the head of the X, Y" — the person named after the role is the object."""

from __future__ import annotations


def test_the_head_of_a_body_then_the_name(extract) -> None:
    r = extract("Ines Valdez met the head of the Coastal Defence Front, Piet Marais, in Maputo on Monday.")
    assert ("Ines Valdez", "MEETS_WITH", "Piet Marais") in r.triples
    assert ("Ines Valdez", "MEETS_WITH", "Coastal Defence Front") not in r.triples


def test_the_envoy_of_a_state_then_the_name(extract) -> None:
    r = extract("Ines Valdez accused the ambassador of Chile, Piet Marais, of spying on Monday.")
    assert ("Ines Valdez", "ACCUSES", "Piet Marais") in r.triples
