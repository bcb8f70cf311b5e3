"""Round 18 (H): whoever evades, skirts or circumvents a measure is its target; the taker is the measure's
modifier or by-phrase ("Paraguay skirted Brazilian sanctions" -> Brazil SANCTIONS Paraguay)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Paraguay skirted Brazilian sanctions by selling beef to Bolivia.",
    "Paraguay has long evaded Brazilian sanctions through front companies in Bolivia.",
    "Paraguay used shell firms to circumvent sanctions imposed by Brazil.",
    "Paraguay bypassed sanctions introduced by Brazil last year.",
])
def test_evader_is_the_target(extract, text: str) -> None:
    r = extract(text)
    assert ("Brazil", "SANCTIONS", "Paraguay") in r.triples
    assert not any(t[1] == "SANCTIONS" and "Bolivia" in (t[0], t[2]) for t in r.triples)
    assert ("Paraguay", "SANCTIONS", "Brazil") not in r.triples


def test_quoted_our_sanctions(extract) -> None:
    r = extract('"Asuncion keeps finding ways to evade our sanctions," said Brazilian envoy Marta Lima.')
    assert not any(t[0] == "Paraguay" and t[1] == "SANCTIONS" for t in r.triples)


def test_named_target_stays(extract) -> None:
    assert ("UN", "SANCTIONS", "Bolivia") in extract("Paraguay violated UN sanctions on Bolivia.").triples
