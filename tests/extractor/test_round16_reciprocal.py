"""Round 16: a reciprocal act is each party's act on the other — "A and B traded accusations / exchanged threats /
traded fire", "A exchanged threats with B", "A and B threatened each other / expelled each other's envoys": a
directed type both ways, as the development gold records "exchanged fire". Before, "traded" (for "exchanged"),
accusations and threats exchanged, and a reciprocal object after any verb but "accused"/"blamed" gave nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, a, rel_type, b", [
    ("Guyana and Suriname traded accusations on Friday.", "Guyana", "ACCUSES", "Suriname"),
    ("The Coastal Workers Party and the River Alliance Party exchanged bitter recriminations.",
     "Coastal Workers Party", "ACCUSES", "River Alliance Party"),
    ("Guyana exchanged threats with Suriname on Friday.", "Guyana", "THREATENS", "Suriname"),
    ("Guyana and Suriname traded artillery fire overnight.", "Guyana", "ATTACKS", "Suriname"),
    ("Guyana and Suriname threatened each other on Friday.", "Guyana", "THREATENS", "Suriname"),
    ("Guyana and Suriname expelled each other's envoys.", "Guyana", "COERCES", "Suriname"),
    ("Guyana and Suriname have sanctioned one another since 2019.", "Guyana", "SANCTIONS", "Suriname"),
])
def test_a_reciprocal_act_goes_both_ways(extract, text, a, rel_type, b) -> None:
    found = extract(text).triples
    assert (a, rel_type, b) in found and (b, rel_type, a) in found, sorted(found)


def test_a_reciprocal_meeting_is_one_meeting(extract) -> None:
    """An undirected type is not doubled: "met each other" stays one meeting."""
    found = extract("Guyana and Suriname threatened each other and then met each other.").triples
    assert ("Guyana", "THREATENS", "Suriname") in found
    assert [t for t in found if t[1] == "MEETS_WITH"] == [("Guyana", "MEETS_WITH", "Suriname")]
