"""Dates: absolute forms, the year from the published date, relative phrases, nothing invented."""

from __future__ import annotations

import datetime as dt

from actorgraph.loaders.extractor.dates import find_dates

PUB = dt.date(2025, 12, 3)  # a Wednesday


def values(text: str, published: dt.date | None = PUB) -> list[str]:
    return [d.value.isoformat() for d in find_dates(text, published)]


def test_absolute_forms() -> None:
    assert values("on November 21") == ["2025-11-21"]
    assert values("on 21 November 2024") == ["2024-11-21"]
    assert values("the 2025-11-21 meeting") == ["2025-11-21"]
    assert values("Nov. 4, 2023") == ["2023-11-04"]


def test_year_rolls_back_for_future_looking_month() -> None:
    assert values("on December 28", dt.date(2025, 1, 10)) == ["2024-12-28"]


def test_relative_phrases() -> None:
    assert values("on Monday") == ["2025-12-01"]
    assert values("yesterday") == ["2025-12-02"]
    assert values("last week") == ["2025-11-26"]
    assert values("Wednesday's launch") == ["2025-12-03"]


def test_nothing_invented_without_published_date() -> None:
    assert values("on Monday and on November 21", None) == []
    assert values("on 21 November 2025", None) == ["2025-11-21"]
    assert values("since January, in 2021, next month") == []


def test_relation_gets_the_sentence_date(extract) -> None:
    r = extract("Chile sanctioned the Atacama Mining Group on Tuesday.", published=dt.date(2025, 3, 14))
    assert r.rel("Chile", "SANCTIONS", "Atacama Mining Group").date == dt.date(2025, 3, 11)


def test_structural_facts_have_no_date(extract) -> None:
    r = extract("On Tuesday, Chilean President Rosa Aravena Diaz visited Lima.")
    assert r.rel("Rosa Aravena Diaz", "LEADS", "Chile").date is None
