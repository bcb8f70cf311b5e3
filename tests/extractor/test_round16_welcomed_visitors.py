"""Round 16: a visitor welcomed at a place is met ("welcomed X to <city>", "welcomed Y's foreign minister to the
presidential palace"), as one hosted there is; "welcomed Y's decision to ...", "welcomed X's release" and
"welcomed a state to an alliance" stay support."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("visitor, name", [("Jonas Ekberg", "Jonas Ekberg"),
                                           ("union leader Jonas Ekberg", "Jonas Ekberg"),
                                           ("Latvia's defence minister", "Latvia")])
@pytest.mark.parametrize("place", ["Tallinn", "the presidential palace"])
def test_a_visitor_welcomed_at_a_place_is_met(extract, visitor: str, name: str, place: str) -> None:
    r = extract(f"Estonia welcomed {visitor} to {place} on Thursday.")
    assert ("Estonia", "MEETS_WITH", name) in r.triples
    assert ("Estonia", "SUPPORTS", name) not in r.triples


@pytest.mark.parametrize("text, name", [("Estonia welcomed Latvia's decision to reopen the border.", "Latvia"),
                                        ("Estonia welcomed Latvia's return to the talks.", "Latvia"),
                                        ("Estonia welcomed union leader Jonas Ekberg's release.", "Jonas Ekberg")])
def test_welcoming_an_act_stays_support(extract, text: str, name: str) -> None:
    r = extract(text)
    assert ("Estonia", "SUPPORTS", name) in r.triples
    assert ("Estonia", "MEETS_WITH", name) not in r.triples
