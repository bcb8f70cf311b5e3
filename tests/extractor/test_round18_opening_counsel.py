"""Round 18 (D): "Lawyers for X said ..." opening a sentence names X's lawyers, not a body called "Lawyers for X"."""

from __future__ import annotations


def test_lawyers_for_surname_is_no_body(extract) -> None:
    r = extract("Ecuador detained Tomas Perez on Friday. Lawyers for Perez said he denied the charges.")
    assert "Lawyers for Perez" not in r.kinds
    assert ("Tomas Perez", "DENIES", "Ecuador") in r.triples


def test_a_body_named_lawyers_for_stays(extract) -> None:
    r = extract("Lawyers for Fair Trials said Ecuador had detained Tomas Perez.")
    assert r.kinds.get("Lawyers for Fair Trials") == "Organization"
