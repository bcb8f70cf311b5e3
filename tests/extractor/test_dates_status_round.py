"""Dates and statuses of relations: a date is given only when the text says when the event happened."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2025, 3, 14)  # a Friday


def test_the_dateline_date_is_not_the_event_date(extract) -> None:
    r = extract("VALLETTA, March 14 (Wire) - Chile sanctioned the Atacama Mining Group, officials said.", published=PUB)
    assert r.rel("Chile", "SANCTIONS", "Atacama Mining Group").date is None


def test_a_weekday_after_the_dateline_still_dates_the_event(extract) -> None:
    r = extract("VALLETTA, March 14 (Wire) - Chile sanctioned the Atacama Mining Group on Tuesday.", published=PUB)
    assert r.rel("Chile", "SANCTIONS", "Atacama Mining Group").date == dt.date(2025, 3, 11)
