"""Round 30: a crowd the state's police arrest, detain or disperse at a protest protests against that state."""

import datetime as dt

_OPEN = "HARARE, May 4 (Wire) - Zimbabwe raised fuel prices by a third on Monday. "


def test_protest_crowd_arrested_protests_the_state(extract) -> None:
    r = extract(_OPEN + "Police arrested 23 protesters in the capital on Tuesday.")
    assert ("Zimbabwe", "COERCES", "23 protesters") in r.triples
    rel = r.rel("23 protesters", "PROTESTS", "Zimbabwe")
    assert rel.status == "asserted"
    assert rel.date == r.rel("Zimbabwe", "COERCES", "23 protesters").date == dt.date(2025, 3, 11)  # the arrest's day


def test_supporters_dispersed_at_a_rally_protest_the_state(extract) -> None:
    r = extract(_OPEN + "Zimbabwean police fired tear gas at hundreds of opposition supporters who had gathered "
                        "outside the parliament on Tuesday.")
    assert ("hundreds of opposition supporters", "PROTESTS", "Zimbabwe") in r.triples


def test_crowd_outside_a_named_bodys_building_protests_the_body(extract) -> None:
    r = extract(_OPEN + "The Electoral Commission barred two candidates. Police detained dozens of students who had "
                        "gathered outside the commission's headquarters on Tuesday.")
    assert ("dozens of students", "PROTESTS", "Electoral Commission") in r.triples
    assert ("dozens of students", "PROTESTS", "Zimbabwe") not in r.triples


def test_crowd_without_a_protest_protests_no_one(extract) -> None:
    r = extract(_OPEN + "Police arrested 30 workers at a copper mine on Tuesday.")
    assert ("30 workers", "PROTESTS", "Zimbabwe") not in r.triples
    r = extract(_OPEN + "A drone strike killed three farmers near the border, a day after protests in the capital.")
    assert not any(t[1] == "PROTESTS" for t in r.triples)


def test_crowd_protesting_another_state_keeps_that_target(extract) -> None:
    r = extract(_OPEN + "Police detained 40 demonstrators who marched on the Chinese embassy on Tuesday.")
    assert ("40 demonstrators", "PROTESTS", "Zimbabwe") not in r.triples


def test_one_crowd_protest_per_state(extract) -> None:
    r = extract(_OPEN + "Police fired tear gas at thousands of opposition supporters at a rally on Tuesday. "
                        "Police said 37 protesters were detained.")
    assert ("thousands of opposition supporters", "PROTESTS", "Zimbabwe") in r.triples
    assert ("37 protesters", "PROTESTS", "Zimbabwe") not in r.triples
