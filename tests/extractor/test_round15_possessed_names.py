"""Round 15 (actor surface forms): "met Britain's X" — a possessive right before a person's name only says whose."""

from __future__ import annotations


def test_a_country_possessive_before_the_object(extract) -> None:
    r = extract("Ines Valdez held talks with Portugal's Piet Marais in Lisbon on Monday.")
    assert ("Ines Valdez", "NEGOTIATES_WITH", "Piet Marais") in r.triples
    assert ("Ines Valdez", "NEGOTIATES_WITH", "Portugal") not in r.triples


def test_a_body_possessive_before_the_object(extract) -> None:
    r = extract("Ines Valdez threatened the Coastal Defence Front's Piet Marais on Monday.")
    assert ("Ines Valdez", "THREATENS", "Piet Marais") in r.triples
