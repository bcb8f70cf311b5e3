"""Round 18 (H): a date carried from the same pair earlier in the paragraph is not the date of a sentence that
writes its own, other year ("barred by Y since 2019")."""

from __future__ import annotations


def test_since_a_year_keeps_no_carried_day(extract) -> None:
    r = extract("Senator Ines Duarte accused Peru of bullying on Monday. Duarte has been sanctioned by Peru "
                "since 2019, when Lima punished critics of its mining law.")
    assert r.rel("Ines Duarte", "ACCUSES", "Peru").date is not None
    assert r.rel("Peru", "SANCTIONS", "Ines Duarte").date is None


def test_in_an_earlier_year(extract) -> None:
    r = extract("Chile met Bolivia in La Paz on Tuesday. Chile had sanctioned Bolivia in 2018 over the gas dispute.")
    assert r.rel("Chile", "SANCTIONS", "Bolivia").date is None


def test_same_year_still_carries(extract) -> None:
    r = extract("Chile and Bolivia held talks on Tuesday. Chile then offered Bolivia access to a port in 2025.")
    assert r.rel("Chile", "NEGOTIATES_WITH", "Bolivia").date is not None
