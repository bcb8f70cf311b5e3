"""Relation dates that belong to something else, and "the same day" told after a dated sentence. A day the event
is told relative to ("since Oct. 2", "after Sunday's vote") or one that dates another noun ("the Oct. 2 accord")
is not the relation's day; "the same day/night" counts from the day named before it, like "that day", and
without one the date stays empty (it is not the day of publication); "the previous day", "a week later" count
too, and a weekday with its written date ("on Thursday, Oct. 2") is that date."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2025, 10, 15)  # a Wednesday


@pytest.mark.parametrize("text", [
    "Ghana has sanctioned Togo since Oct. 2.",
    "Since 2 October, Ghana has sanctioned Togo.",
    "Ghana sanctioned Togo after Sunday's vote was annulled.",
    "Ahead of Oct. 2, Ghana sanctioned Togo.",
    "Ghana sanctioned Togo for violating the Oct. 2 accord.",
    "Ghana accused Togo of breaching a 2 October truce.",
    "Ghana sanctioned Togo on the eve of Sunday's vote.",
])
def test_a_day_that_is_not_the_relations(extract, text) -> None:
    r = extract(text, published=PUB)
    rel = next(x for x in r.extraction.relations if x.type in ("SANCTIONS", "ACCUSES"))
    assert rel.date is None


def test_an_attributive_date_leaves_the_relation_its_own_day(extract) -> None:
    r = extract("Ghana condemned Togo for the Oct. 2 raid, and Togo and Ghana signed the Oct. 2 accord on Monday.",
                published=PUB)
    assert r.rel("Togo", "AGREES_WITH", "Ghana").date == dt.date(2025, 10, 13)


@pytest.mark.parametrize("when, day", [("On the same day", 8), ("The same night", 8)])
def test_same_day_counts_from_the_sentence_before(extract, when, day) -> None:
    r = extract(f"Togo expelled two Ghanaian diplomats on Oct. 8. {when}, Ghana sanctioned Togo.", published=PUB)
    assert r.rel("Ghana", "SANCTIONS", "Togo").date == dt.date(2025, 10, day)


def test_same_day_without_an_earlier_day_stays_undated(extract) -> None:
    r = extract("On the same day, Ghana sanctioned Togo.", published=PUB)
    assert r.rel("Ghana", "SANCTIONS", "Togo").date is None


@pytest.mark.parametrize("when, day", [("The previous day", 7), ("The day before", 7), ("A week later", 15),
                                       ("Three weeks later", 29)])
def test_days_before_and_weeks_after_the_sentence_before(extract, when, day) -> None:
    r = extract(f"Togo expelled two Ghanaian diplomats on Oct. 8. {when}, Ghana sanctioned Togo.",
                published=dt.date(2025, 11, 5))
    assert r.rel("Ghana", "SANCTIONS", "Togo").date == dt.date(2025, 10, day)


@pytest.mark.parametrize("when", ["on Thursday, Oct. 2", "on Thursday 2 October", "on Thursday (Oct. 2)"])
def test_a_weekday_with_its_date_is_that_date(extract, when) -> None:
    r = extract(f"Ghana sanctioned Togo {when}.", published=PUB)
    assert r.rel("Ghana", "SANCTIONS", "Togo").date == dt.date(2025, 10, 2)


@pytest.mark.parametrize("when", ["on Oct. 2 last year", "on 2 October, last year"])
def test_a_day_of_last_year(extract, when) -> None:
    r = extract(f"Ghana sanctioned Togo {when}.", published=PUB)
    assert r.rel("Ghana", "SANCTIONS", "Togo").date == dt.date(2024, 10, 2)
