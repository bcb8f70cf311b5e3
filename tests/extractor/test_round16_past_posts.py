"""Round 16: a post whose span the sentence closes ("who led the Y from 2004 to 2009", "head of the Y until
2018") is a former office, which gives no LEADS or HOLDS_POSITION; one held since a date, or a term that runs
to a later year, stays."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Odile Brandt, who served as leader of the Green Alliance Party until 2018, criticised Guyana.",
    "Odile Brandt, who chaired the Coastal Workers Union from 2004 to 2009, criticised Guyana.",
    "Odile Brandt was head of the Coastal Workers Union between 2001 and 2006 and criticised Guyana.",
    "Odile Brandt, Suriname's trade minister from May 2012 to July 2015, criticised Guyana.",
])
def test_a_closed_span_gives_no_post(extract, text) -> None:
    res = extract(text)
    assert res.rel("Odile Brandt", "ACCUSES", "Guyana")
    assert not {t for t in res.triples if t[0] == "Odile Brandt" and t[1] in ("LEADS", "HOLDS_POSITION")}


@pytest.mark.parametrize("text, target", [
    ("Odile Brandt, who has led the Green Alliance Party since 2018, criticised Guyana.", "Green Alliance Party"),
    ("Odile Brandt, whose term as head of the Coastal Workers Union runs until 2029, criticised Guyana.",
     "Coastal Workers Union"),
])
def test_a_post_held_now_stays(extract, text, target) -> None:
    assert extract(text).rel("Odile Brandt", "LEADS", target)
