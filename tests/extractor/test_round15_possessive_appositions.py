"""Round 15 (actor surface forms): "X, Kenya's defence minister, met Y" — the possessive inside the apposition only
says whose post it is; X is the subject, as in "X, the Kenyan defence minister, met Y"."""

from __future__ import annotations


def test_a_country_possessive_opening_the_apposition(extract) -> None:
    r = extract("Piet Marais, Namibia's trade minister, held talks with Ines Valdez in Windhoek on Monday.")
    assert ("Piet Marais", "NEGOTIATES_WITH", "Ines Valdez") in r.triples
    assert ("Namibia", "NEGOTIATES_WITH", "Ines Valdez") not in r.triples


def test_a_state_described_by_another_states_possessive(extract) -> None:
    r = extract("Ghana, Togo's closest ally, sanctioned Ines Valdez on Monday.")
    assert ("Ghana", "SANCTIONS", "Ines Valdez") in r.triples
    assert ("Togo", "SANCTIONS", "Ines Valdez") not in r.triples
