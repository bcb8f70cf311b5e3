"""Round 17: a demand, offer, proposal, plan or accusation answered as a noun whose maker sits in a relative clause
or a participle ("rejected the demand, which Peru made on Friday", "the proposal tabled by Uganda"), or whose
answerer follows a noun summing up the act ("..., a request Chile opposed"). A refusal REJECTS the maker, an
acceptance AGREES_WITH them, a denial of a charge DENIES them; an opponent of a request is not the one asked; a
state answering a leader's request answers the leader's state."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, rel, target", [
    ("Ecuador rejected the demand, which Peru made on Friday.", "Ecuador", "REJECTS", "Peru"),
    ("Chile turned down the offer Bolivia put forward last week.", "Chile", "REJECTS", "Bolivia"),
    ("Senator Ada Kowalczyk dismissed the ultimatum that Hungary issued on Friday.", "Ada Kowalczyk", "REJECTS", "Hungary"),
    ("Ecuador rejected the plan, which Peru presented in Lima.", "Ecuador", "REJECTS", "Peru"),
    ("Kenya accepted the proposal tabled by Uganda.", "Kenya", "AGREES_WITH", "Uganda"),
    ("Ghana accepted Togo's offer of grain.", "Ghana", "AGREES_WITH", "Togo"),
    ("Serbia denied the allegation, which Croatia made in parliament.", "Serbia", "DENIES", "Croatia"),
    ("Serbia dismissed the claim repeated by Croatia.", "Serbia", "DENIES", "Croatia"),
])
def test_the_maker_in_a_clause_is_answered(extract, text, source, rel, target) -> None:
    got = extract(text)
    assert got.rel(source, rel, target).status == "asserted"
    assert (target, rel, source) not in got.triples


def test_a_claim_about_what_the_maker_did_names_no_maker(extract) -> None:
    got = extract("Ecuador rejected the claim that Peru made a secret deal with the rebels. "
                  "Ecuador rejected the demand Peru made on Friday.")
    assert [r for r in got.extraction.relations if r.type == "DENIES"] == []
    assert got.rel("Ecuador", "REJECTS", "Peru")


def test_an_offer_made_to_another_was_not_made_to_the_one_who_rejects_it(extract) -> None:
    got = extract("Ecuador rejected the offer that Peru made to Bolivia on Friday.")
    assert got.rel("Ecuador", "REJECTS", "Peru")
    assert ("Peru", "OFFERS", "Ecuador") not in got.triples


def test_an_acceptance_takes_the_status_of_its_verb(extract) -> None:
    assert extract("Ghana has not accepted Togo's proposal.").rel("Ghana", "AGREES_WITH", "Togo").status == "negated"


def test_an_opponent_of_a_request_was_not_asked(extract) -> None:
    got = extract("Peru asked the Organization of American States to send observers, a request Chile opposed.")
    assert got.rel("Chile", "REJECTS", "Peru")
    assert ("Peru", "DEMANDS", "Chile") not in got.triples
    assert got.rel("Peru", "DEMANDS", "Organization of American States")


def test_a_summed_up_request_is_the_askers_not_the_one_asked(extract) -> None:
    got = extract("Peru asked the Organization of American States to send observers, a request Chile rejected.")
    assert got.rel("Chile", "REJECTS", "Peru")
    assert ("Chile", "REJECTS", "Organization of American States") not in got.triples


@pytest.mark.parametrize("text, source, rel, target", [
    ("Norway offered to host the talks, an offer Sudanese envoy Amira Osman accepted.", "Amira Osman", "AGREES_WITH", "Norway"),
    ("Norway offered to host the talks, an offer Colombian Foreign Minister Lucas Ibarra opposed.", "Lucas Ibarra", "REJECTS",
     "Norway"),
    ("Finland said Russia was arming the Karelian Front, a claim Russia denies.", "Russia", "DENIES", "Finland"),
])
def test_the_answerer_after_a_summing_noun(extract, text, source, rel, target) -> None:
    assert extract(text).rel(source, rel, target)


def test_a_state_answering_a_leader_answers_the_leaders_state(extract) -> None:
    got = extract("Cambodian Prime Minister Hun Rith asked the United Nations to send monitors, a request Thailand opposed.")
    assert got.rel("Thailand", "REJECTS", "Cambodia")
    assert ("Hun Rith", "DEMANDS", "Thailand") not in got.triples


def test_a_call_summing_up_an_appeal_is_no_telephone_call(extract) -> None:
    got = extract("Uruguay called for a vote in the Organization of American States, a call Paraguay opposed.")
    assert got.rel("Paraguay", "REJECTS", "Uruguay")
    assert ("Uruguay", "MEETS_WITH", "Paraguay") not in got.triples


@pytest.mark.parametrize("text", [
    "Ecuador rejected the demand, which Peru made on Tuesday.",
    "Ecuador rejected the demand that Peru made on Tuesday.",
    "Ecuador rejected the demand Peru made on Tuesday.",
    "Ecuador rejected the demand, made by Peru on Tuesday, that it close the border.",
])
def test_the_day_of_the_makers_clause_is_not_the_answers(extract, text) -> None:
    assert extract(text).rel("Ecuador", "REJECTS", "Peru").date is None


def test_the_answer_keeps_its_own_day_not_the_demands(extract) -> None:
    assert extract("Ecuador rejected the demand made by Peru on Tuesday.").rel("Ecuador", "REJECTS", "Peru").date is None
    got = extract("Ecuador on Thursday rejected the demand, which Peru made on Tuesday.")
    assert str(got.rel("Ecuador", "REJECTS", "Peru").date) == "2025-03-13"


def test_a_by_phrase_names_the_titled_person_not_the_possessor(extract) -> None:
    got = extract("Bolivia was sanctioned by Chile's president Ana Ortiz.")
    assert got.rel("Ana Ortiz", "SANCTIONS", "Bolivia")
    assert ("Chile", "SANCTIONS", "Bolivia") not in got.triples


@pytest.mark.parametrize("text, source, rel, target, status", [
    ("The proposal tabled by Uganda was rejected by Kenya.", "Kenya", "REJECTS", "Uganda", "asserted"),
    ("A demand from Uganda was turned down by Kenyan Foreign Minister Faith Njeri.", "Faith Njeri", "REJECTS", "Uganda",
     "asserted"),
    ("Togo's offer was not accepted by Ghana.", "Ghana", "AGREES_WITH", "Togo", "negated"),
    ("The accusation made by Croatia was denied by Serbia's president Marko Ilic.", "Marko Ilic", "DENIES", "Croatia",
     "asserted"),
])
def test_an_answered_noun_as_the_subject_of_a_passive(extract, text, source, rel, target, status) -> None:
    assert extract(text).rel(source, rel, target).status == status


def test_a_passive_answer_takes_neither_a_speaker_nor_the_day_of_the_demand(extract) -> None:
    got = extract("Peru said the offer was rejected by Chile. The demand, which Peru made on Tuesday, was rejected by Ecuador.")
    assert ("Chile", "REJECTS", "Peru") not in got.triples
    assert got.rel("Ecuador", "REJECTS", "Peru").date is None
