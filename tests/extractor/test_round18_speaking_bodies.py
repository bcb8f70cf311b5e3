"""Round 18 (H): a state's body speaking the closing attribution ("..., Chile's navy said") is the source of the
report, not the object of the act reported."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Peru fired four rockets into the sea off its coast on Friday, Chile's navy said.",
    "Peru fired four rockets on Friday, Chile's defence ministry said.",
    "Peru test-fired a cruise missile on Friday, Chile's joint chiefs of staff said.",
])
def test_speaking_body_is_no_object(extract, text: str) -> None:
    assert not any(t[2] == "Chile" for t in extract(text).triples)


def test_named_object_before_the_tag_stays(extract) -> None:
    r = extract("Peru fired rockets at Chile overnight, Chile's navy said.")
    assert ("Peru", "ATTACKS", "Chile") in r.triples
