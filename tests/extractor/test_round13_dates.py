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


# --- a date belongs to its own clause: not to a reported clause's verb, nor across a subordinate clause ------------

def test_the_date_of_a_reported_event_does_not_date_the_speakers_next_verb(extract) -> None:
    r = extract("Amnesty International said police had detained two of its researchers on Wednesday and accused Ghana "
                "of intimidation.", published=PUB)
    assert r.rel("Amnesty International", "ACCUSES", "Ghana").date is None
    r = extract("Human Rights Watch said she had met the detainees on Tuesday and urged Ghana to release them.",
                published=PUB)
    assert r.rel("Human Rights Watch", "DEMANDS", "Ghana").date is None


def test_the_date_of_the_speech_itself_still_dates_a_coordinated_verb(extract) -> None:
    r = extract("Amnesty International said on Wednesday that the arrests were unlawful and accused Ghana of "
                "intimidation.", published=PUB)
    assert r.rel("Amnesty International", "ACCUSES", "Ghana").date == dt.date(2025, 3, 12)


def test_a_main_clause_date_does_not_date_an_after_or_since_clause(extract) -> None:
    r = extract("Chile recalled its ambassador on Tuesday after Peru accused Chile of spying.", published=PUB)
    assert r.rel("Peru", "ACCUSES", "Chile").date is None
    r = extract("Argentina expelled two diplomats on Tuesday in the worst row since Chile and Argentina signed a "
                "border treaty.", published=PUB)
    assert r.rel("Chile", "AGREES_WITH", "Argentina").date is None


def test_a_date_in_its_own_clause_or_before_a_phrase_stays(extract) -> None:
    r = extract("After Bolivia shelled Paraguay on Monday, Brazil called for calm.", published=PUB)
    assert r.rel("Bolivia", "ATTACKS", "Paraguay").date == dt.date(2025, 3, 10)
    r = extract("Argentina sanctioned Chile on Tuesday after two days of talks.", published=PUB)
    assert r.rel("Argentina", "SANCTIONS", "Chile").date == dt.date(2025, 3, 11)
    r = extract("Bolivian troops shelled Paraguay on Monday until Brazil brokered a ceasefire.", published=PUB)
    assert r.rel("Bolivia", "ATTACKS", "Paraguay").date == dt.date(2025, 3, 10)


# --- a hypothetical cue covers only its own conjunct, and the month May is no modal --------------------------------

def test_a_modal_or_offer_in_an_earlier_conjunct_leaves_the_next_verb_asserted(extract) -> None:
    r = extract("Ana Restrepo warned that she could dissolve the assembly and said she had asked Peru to extradite "
                "Jorge Salas.", published=PUB)
    assert r.rel("Ana Restrepo", "DEMANDS", "Peru").status.value == "asserted"
    r = extract("Brazil offered to mediate, and the two sides signed a water-sharing accord with Paraguay.", published=PUB)
    assert r.rel("Brazil", "AGREES_WITH", "Paraguay").status.value == "asserted"


def test_a_modal_in_the_same_conjunct_still_makes_it_hypothetical(extract) -> None:
    r = extract("Brazil said it would keep funding Bolivia and would meet Paraguay at a summit next month.", published=PUB)
    assert r.rel("Brazil", "MEETS_WITH", "Paraguay").status.value == "hypothetical"
    r = extract("Bolivia may impose sanctions on Paraguay.", published=PUB)
    assert r.rel("Bolivia", "SANCTIONS", "Paraguay").status.value == "hypothetical"


def test_the_month_may_is_not_the_modal_may(extract) -> None:
    r = extract("Bolivia, whose election is due in May, expelled Paraguay's ambassador.", published=PUB)
    assert r.rel("Bolivia", "COERCES", "Paraguay").status.value == "asserted"
    r = extract("Bolivian troops, whose offensive began in May, attacked Paraguay's border posts.", published=PUB)
    assert r.rel("Bolivia", "ATTACKS", "Paraguay").status.value == "asserted"


# --- days told relative to an earlier named day: "the next day", "that day", "two days after" ----------------------

def test_that_day_and_the_next_day_count_from_the_day_named_before(extract) -> None:
    r = extract("Bolivian police raided the offices of the Andean Times on Tuesday. Its editor, Rosa Quispe, was "
                "detained that day.", published=PUB)
    assert r.rel("Bolivia", "COERCES", "Rosa Quispe").date == dt.date(2025, 3, 11)
    r = extract("Bolivian police arrested Rosa Quispe on Tuesday. The next day Bolivia expelled Paraguay's ambassador.",
                published=PUB)
    assert r.rel("Bolivia", "COERCES", "Paraguay").date == dt.date(2025, 3, 12)


def test_a_relative_day_broken_across_a_line_still_counts(extract) -> None:
    """Hard-wrapped text: the phrase "that day" or "two days after" may be split by a line break or double space."""
    r = extract("Bolivian police raided the offices of the Andean Times on Tuesday. Its editor, Rosa Quispe, was "
                "detained that\nday.", published=PUB)
    assert r.rel("Bolivia", "COERCES", "Rosa Quispe").date == dt.date(2025, 3, 11)
    r = extract("Paraguay protested on Thursday, two days  after Bolivia sanctioned the Chaco Trading Company.",
                published=PUB)
    assert r.rel("Bolivia", "SANCTIONS", "Chaco Trading Company").date == dt.date(2025, 3, 11)


def test_days_after_counts_back_from_the_main_clause_or_on_from_its_own(extract) -> None:
    r = extract("Paraguay protested on Thursday, two days after Bolivia sanctioned the Chaco Trading Company.",
                published=PUB)
    assert r.rel("Bolivia", "SANCTIONS", "Chaco Trading Company").date == dt.date(2025, 3, 11)
    r = extract("Bolivia sanctioned the Chaco Trading Company, a day after Paraguay met Brazil on Monday.", published=PUB)
    assert r.rel("Bolivia", "SANCTIONS", "Chaco Trading Company").date == dt.date(2025, 3, 11)
    assert r.rel("Paraguay", "MEETS_WITH", "Brazil").date == dt.date(2025, 3, 10)


def test_no_day_named_before_means_no_date(extract) -> None:
    assert extract("Bolivia expelled Paraguay's ambassador that day.", published=PUB).rel(
        "Bolivia", "COERCES", "Paraguay").date is None
    assert extract("Three days later Bolivia expelled Paraguay's ambassador.", published=PUB).rel(
        "Bolivia", "COERCES", "Paraguay").date is None


# --- a charge the accused denies further on in the article is denied ---------------------------------------------

def test_a_denial_later_in_the_article_marks_the_charged_act_denied(extract) -> None:
    r = extract("Chile accused Peru of arming the Shining Dawn militia. Lima's envoy met the Bolivian foreign minister "
                "on Tuesday. Peru denied the allegation.", published=PUB)
    assert r.rel("Peru", "AIDS", "Shining Dawn").status.value == "denied"


def test_a_denial_before_the_charge_does_not_answer_it(extract) -> None:
    r = extract("Peru denied the allegation. Chile accused Peru of arming the Shining Dawn militia.", published=PUB)
    assert r.rel("Peru", "AIDS", "Shining Dawn").status.value == "alleged"
