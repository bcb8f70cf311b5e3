"""Round 13: dates and statuses on relations — a hedge or a date belongs to its own clause."""

from __future__ import annotations

import datetime as dt

PUB = dt.date(2025, 3, 14)  # a Friday


# --- a reporting hedge after the trigger covers it only within the same conjunct ---------------------------------

def test_a_report_in_a_later_clause_leaves_the_first_asserted(extract) -> None:
    r = extract("Chile sanctioned the Atacama Mining Group on Tuesday, and state media accused Peru of smuggling.",
                published=PUB)
    assert r.rel("Chile", "SANCTIONS", "Atacama Mining Group").status.value == "asserted"


def test_a_parenthetical_source_after_and_covers_only_the_second_verb(extract) -> None:
    r = extract("Estonia expelled Latvia's ambassador on Tuesday and, according to local media, recalled its own envoy.",
                published=PUB)
    assert r.rel("Estonia", "COERCES", "Latvia").status.value == "asserted"


def test_reported_as_a_plain_verb_of_a_later_clause_is_no_hedge(extract) -> None:
    r = extract("The Bolivian navy seized the tanker Sea Pearl on Sunday and escorted it to port, a day after "
                "operators reported a fuel leak.", published=PUB)
    assert r.rel("Bolivia", "COERCES", "Sea Pearl").status.value == "asserted"


def test_a_report_in_the_same_conjunct_still_hedges(extract) -> None:
    r = extract("Chile sanctioned the Atacama Mining Group on Tuesday, according to state media.", published=PUB)
    assert r.rel("Chile", "SANCTIONS", "Atacama Mining Group").status.value == "reported"
    # "and" inside a noun phrase opens no conjunct
    r = extract("Chile sanctioned the Atacama Mining Group and its owner on Tuesday, according to state media.",
                published=PUB)
    assert r.rel("Chile", "SANCTIONS", "Atacama Mining Group").status.value == "reported"
    # a hedge before the trigger covers every conjunct after it
    r = extract("According to state media, Chile sanctioned the Atacama Mining Group on Tuesday, and Peru protested.",
                published=PUB)
    assert r.rel("Chile", "SANCTIONS", "Atacama Mining Group").status.value == "reported"
