"""Round 18 (D): a name does not run on over "for"/"of" into a date ("a rally in Tacna for Friday")."""

from __future__ import annotations


def test_place_then_for_weekday_is_no_name(extract) -> None:
    r = extract("The Dawn Front, a Lima-backed party, called a rally in northern Tacna for Friday against Chile's new law.")
    assert "Tacna for" not in r.kinds


def test_name_with_for_still_joined(extract) -> None:
    r = extract("The Committee for Fair Trials said Chile had detained Ana Ruiz.")
    assert "Committee for Fair Trials" in r.kinds
