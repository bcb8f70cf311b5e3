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


def test_a_reaction_told_in_the_next_sentence_takes_no_date_from_the_claim(extract) -> None:
    r = extract("Moldova accused Romania on Tuesday of arming the rebels. The Romanian foreign ministry denied the charge.",
                published=PUB)
    assert r.rel("Moldova", "ACCUSES", "Romania").date == dt.date(2025, 3, 11)
    assert r.rel("Romania", "DENIES", "Moldova").date is None
    # the same pair dated in the same sentence still dates a second verb
    r = extract("Estonian police on Tuesday issued arrest warrants for Ivan Petrov, accusing him of spying.", published=PUB)
    assert r.rel("Estonia", "ACCUSES", "Ivan Petrov").date == dt.date(2025, 3, 11)


def test_an_agreement_told_after_the_dated_meeting_keeps_the_meeting_date(extract) -> None:
    r = extract("Estonia and Latvia met on Tuesday in Riga. The two countries agreed to set up a joint commission.",
                published=PUB)
    assert r.rel("Estonia", "AGREES_WITH", "Latvia").date == dt.date(2025, 3, 11)


def test_last_week_names_no_day(extract) -> None:
    r = extract("Chile sanctioned the Atacama Mining Group last week.", published=PUB)
    assert r.rel("Chile", "SANCTIONS", "Atacama Mining Group").date is None


def test_an_allegation_the_accused_rejects_in_the_next_sentence_is_denied(extract) -> None:
    r = extract("Estonian Interior Minister Kaja Tamm accused Russia on Wednesday of arming the Narva Liberation Front. "
                "Russia's foreign ministry dismissed the allegation as baseless.", published=PUB)
    assert r.rel("Russia", "AIDS", "Narva Liberation Front").status == "denied"
    # round 13: a denial further on by the accused answers a charged act too (gold in three development sets marks
    # such acts denied); a denial before the charge does not (test_round13_dates.py)
    r = extract("Estonian Interior Minister Kaja Tamm accused Russia on Wednesday of arming the Narva Liberation Front. "
                "Latvia suspended flights to Pskov. Russia's foreign ministry dismissed the allegation as baseless.",
                published=PUB)
    assert r.rel("Russia", "AIDS", "Narva Liberation Front").status == "denied"


def test_a_date_before_the_first_verb_dates_a_verb_coordinated_with_and(extract) -> None:
    r = extract("The Polish foreign ministry said on Monday that Poland stood with Lithuania and urged Belarus to free "
                "Ivan Petrov.", published=PUB)
    assert r.rel("Poland", "DEMANDS", "Belarus").date == dt.date(2025, 3, 10)


def test_an_event_not_yet_held_takes_no_date_from_the_statement_about_it(extract) -> None:
    r = extract("The Latvian government said on Friday it was ready to hold talks with the Union of Greens and Farmers.",
                published=PUB)
    rel = next(x for x in r.extraction.relations if x.type == "NEGOTIATES_WITH")
    assert rel.status == "hypothetical" and rel.date is None


def test_a_headline_relation_takes_the_one_date_the_body_gives_it(extract) -> None:
    r = extract("Estonia on Wednesday accused Russia of jamming GPS signals over the Baltic Sea.",
                published=PUB, title="Estonia accuses Russia of jamming GPS signals")
    dated = {rel.date for rel in r.extraction.relations if rel.type == "ACCUSES"}
    assert dated == {dt.date(2025, 3, 12)}


def test_a_membership_told_in_passing_is_not_what_the_source_reports(extract) -> None:
    r = extract("Police detained a reporter, Ivan Petrov of the independent broadcaster Narva Radio, on Tuesday, "
                "according to the Estonian Union of Journalists.", published=PUB)
    rel = r.rel("Ivan Petrov", "MEMBER_OF", "Narva Radio")
    assert rel.status == "asserted" and rel.attributed_to is None


def test_an_event_agreed_to_or_due_is_hypothetical_and_undated(extract) -> None:
    r = extract("Estonia and Latvia agreed on Tuesday to hold talks in Riga next month.", published=PUB)
    talks = next(x for x in r.extraction.relations if x.type == "NEGOTIATES_WITH")
    assert talks.status == "hypothetical" and talks.date is None
    r = extract("A Latvian navy ship is due to take part in joint drills with the Estonian Navy in May.", published=PUB)
    assert next(x for x in r.extraction.relations if x.type == "COOPERATES_WITH").status == "hypothetical"
    r = extract("Lithuania's justice ministry said it had asked Latvia on Monday to arrest Ivan Petrov.", published=PUB)
    arrest = r.rel("Latvia", "COERCES", "Ivan Petrov")
    assert arrest.status == "hypothetical" and arrest.date is None
