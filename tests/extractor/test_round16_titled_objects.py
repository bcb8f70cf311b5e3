"""Round 16: a verb that takes the actor right after it ("hosted", "received" a post-holder, "ordered ... to
leave") also takes a person named after a demonym and a title ("hosted Latvian President X", "received the
Latvian Defence Minister X"); before, only a bare title ("branded President X") let the person through, and the
demonym in front left the verb with no object. The visitor's post is kept."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, host", [
    ("Estonia hosted Latvian President Ilze Ozola in Tallinn.", "Estonia"),
    ("Estonia received the Latvian President Ilze Ozola on Thursday.", "Estonia"),
    ("Estonian Prime Minister Kaja Tamm hosted Latvian President Ilze Ozola.", "Kaja Tamm"),
])
def test_a_titled_visitor_after_a_demonym_is_met(extract, text: str, host: str) -> None:
    r = extract(text)
    assert (host, "MEETS_WITH", "Ilze Ozola") in r.triples
    assert ("Ilze Ozola", "LEADS", "Latvia") in r.triples


def test_a_titled_envoy_after_a_demonym_is_the_one_ordered_out(extract) -> None:
    assert ("Estonia", "COERCES", "Ilze Ozola") in extract(
        "Estonia ordered Latvian Ambassador Ilze Ozola to leave the country.").triples
