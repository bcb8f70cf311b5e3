"""Round 15: dates as the wires write them — a bare weekday after the object (AP style: "met X Tuesday") and
"Nov.21" without a space — date the relation and stay out of names (invented sentences)."""

from __future__ import annotations

import datetime as dt

from actorgraph.graph.model import Document
from actorgraph.loaders.extractor.dates import find_dates
from actorgraph.loaders.extractor.extractor import RuleBasedExtractor


def _found(text: str) -> set[tuple[str, str, str, str]]:
    e = RuleBasedExtractor().extract(Document(text=text, published=dt.date(2025, 11, 25)))
    names = {a.id: a.name for a in e.actors}
    return {(names[r.source], r.type, names[r.target], r.date.isoformat() if r.date else "") for r in e.relations}


def test_a_bare_weekday_after_a_name_is_a_date_not_part_of_the_name() -> None:
    assert ("Tomas Ferro", "MEETS_WITH", "Rita Olmos", "2025-11-24") in \
        _found("Deputy Minister Tomas Ferro met Bolivia's President Rita Olmos Monday.")
    assert ("Chile", "NEGOTIATES_WITH", "Bolivia", "2025-11-24") in _found("Chile held talks with Bolivia Monday.")


def test_an_abbreviated_month_without_a_space_before_the_day() -> None:
    assert [d.value for d in find_dates("Chile sanctioned Peru on Nov.19.", dt.date(2025, 11, 25))] == \
        [dt.date(2025, 11, 19)]
