"""Round 15 (actor surface forms): a short rank with the word that grades it ("Rear Adm.", "Staff Sgt.") is no name."""

from __future__ import annotations


def test_rear_admiral_written_short(extract) -> None:
    r = extract("Ines Valdez met Rear Adm. Piet Marais aboard the flagship on Monday.")
    assert ("Ines Valdez", "MEETS_WITH", "Piet Marais") in r.triples
    assert "Rear Adm" not in r.kinds


def test_staff_sergeant_written_short(extract) -> None:
    r = extract("Police arrested Staff Sgt. Piet Marais in Windhoek on Monday.")
    assert "Piet Marais" in r.kinds
    assert "Staff Sgt" not in r.kinds
