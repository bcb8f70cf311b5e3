"""Round 16: a visitor received at a place is met also when named without a post ("received X in Tallinn", "at
the presidential palace"), as one welcomed or hosted there is; before, "received" needed a post after it. A thing
received ("X's letter", "a letter from X", "Y's support", aid) is no visit."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, host", [
    ("Estonia received Jonas Ekberg in Tallinn.", "Estonia"),
    ("Estonia received Jonas Ekberg in the capital for talks on energy.", "Estonia"),
    ("Estonian Prime Minister Kaja Tamm received Jonas Ekberg at the presidential palace on Thursday.", "Kaja Tamm"),
    ("Estonia is receiving Jonas Ekberg and Ilze Ozola in Tallinn.", "Estonia"),
])
def test_a_visitor_received_at_a_place_is_met(extract, text: str, host: str) -> None:
    assert (host, "MEETS_WITH", "Jonas Ekberg") in extract(text).triples


def test_a_titled_visitor_received_at_a_residence_is_met(extract) -> None:
    r = extract("Kaja Tamm spoke after receiving Latvian Foreign Minister Ilze Ozola at her residence.")
    assert ("Kaja Tamm", "MEETS_WITH", "Ilze Ozola") in r.triples


@pytest.mark.parametrize("thing, name", [
    ("Jonas Ekberg's letter", "Jonas Ekberg"),
    ("a letter from Jonas Ekberg", "Jonas Ekberg"),
    ("Latvia's support", "Latvia"),
    ("aid from Latvia", "Latvia"),
])
def test_a_thing_received_is_no_visit_where_a_person_received_is(extract, thing: str, name: str) -> None:
    assert ("Estonia", "MEETS_WITH", "Ilze Ozola") in extract("Estonia received Ilze Ozola in Riga.").triples
    r = extract(f"Estonia received {thing} in Riga.")
    assert ("Estonia", "MEETS_WITH", name) not in r.triples
    assert (name, "MEETS_WITH", "Estonia") not in r.triples
