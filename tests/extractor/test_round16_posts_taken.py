"""Round 16: a post taken is led ("X took over as leader of Y", "X, who has taken over as head of Y", "X succeeded
Z as chairman of Y", "X assumed the leadership of Y"), by the new holder only; a post left ("X, who stepped down
as leader of Y") is a former office, which the annotated sets do not record."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("wording", ["took over as leader of", "has taken over as head of", "took over as chairman of",
                                     "assumed the leadership of", "took the helm of", "took over the leadership of"])
def test_a_post_taken_is_led(extract, wording: str) -> None:
    r = extract(f"Maria Velde {wording} the Eastern Harvest Party on Sunday.")
    assert ("Maria Velde", "LEADS", "Eastern Harvest Party") in r.triples


def test_a_post_taken_in_a_relative_clause(extract) -> None:
    r = extract("Maria Velde, who has taken over as new head of the Coral Bay Shipping Company, visited Oslo.")
    assert ("Maria Velde", "LEADS", "Coral Bay Shipping Company") in r.triples


@pytest.mark.parametrize("verb", ["succeeded", "replaced"])
def test_the_successor_leads_and_the_predecessor_does_not(extract, verb: str) -> None:
    r = extract(f"Maria Velde {verb} Jonas Ekberg as chairman of the Eastern Harvest Party in May.")
    assert ("Maria Velde", "LEADS", "Eastern Harvest Party") in r.triples
    assert ("Jonas Ekberg", "LEADS", "Eastern Harvest Party") not in r.triples


@pytest.mark.parametrize("left", ["stepped down as", "resigned as", "was ousted as", "quit as"])
def test_a_post_left_is_no_longer_led(extract, left: str) -> None:
    r = extract(f"Maria Velde, who {left} leader of the Eastern Harvest Party in May, met Jonas Ekberg.")
    assert ("Maria Velde", "LEADS", "Eastern Harvest Party") not in r.triples
    assert ("Maria Velde", "MEETS_WITH", "Jonas Ekberg") in r.triples
