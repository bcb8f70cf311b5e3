"""Round 15: "Former Kenyan President X", "Former U.S. President X" — a state between the rank word and the title is
the title's state, not part of the name; and a title opened by "Former" is no office held now (no LEADS)."""

from __future__ import annotations


def test_a_demonym_after_former_is_not_part_of_the_name(extract) -> None:
    r = extract("Former Ghanaian President Kofi Mensah met Ruth Malik in Accra on Sunday.")
    assert ("Kofi Mensah", "MEETS_WITH", "Ruth Malik") in r.triples
    r = extract("Former U.S. President Kofi Mensah met Ruth Malik in Accra on Sunday.")
    assert ("Kofi Mensah", "MEETS_WITH", "Ruth Malik") in r.triples
    assert ("Kofi Mensah", "LEADS", "United States") not in r.triples


def test_a_title_opened_by_former_is_not_held_now(extract) -> None:
    r = extract("Former President Kofi Mensah of Ghana met Ruth Malik in Accra on Sunday.")
    assert ("Kofi Mensah", "MEETS_WITH", "Ruth Malik") in r.triples
    assert ("Kofi Mensah", "LEADS", "Ghana") not in r.triples
