"""The wire-copy wordings of talks, meetings, agreements, offers, support, aid and cooperation
(benchmarks/probes_vocabulary.py): "is in talks with X", "entered into negotiations with X", "conferred with X",
"received X", "struck a deal with X" (no attack), "sealed/inked/clinched a deal with X", "held out an olive branch to
X", "came to the defence of X", "gave X military aid", "donated $5 million to X", "shared intelligence with X"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Laos is in talks with Vietnam.",
    "Laos entered into negotiations with Vietnam.",
    "Laos returned to talks with Vietnam.",
    "Laos sat down for talks with Vietnam.",
])
def test_talks_wordings(extract, text: str) -> None:
    assert ("Laos", "NEGOTIATES_WITH", "Vietnam") in extract(text).triples


@pytest.mark.parametrize("text", [
    "Laos conferred with opposition leader Minh Tran.",
    "Laos held a telephone conversation with opposition leader Minh Tran.",
    "Laos received opposition leader Minh Tran in Vientiane.",
])
def test_meeting_wordings(extract, text: str) -> None:
    assert ("Laos", "MEETS_WITH", "Minh Tran") in extract(text).triples


def test_receiving_weapons_is_no_meeting(extract) -> None:
    r = extract("Laos received opposition leader Minh Tran. Laos received Vietnamese weapons last year.")
    assert ("Laos", "MEETS_WITH", "Minh Tran") in r.triples
    assert ("Laos", "MEETS_WITH", "Vietnam") not in r.triples


@pytest.mark.parametrize("verb", ["struck", "sealed", "inked", "clinched", "hammered out", "secured"])
def test_deal_verbs(extract, verb: str) -> None:
    r = extract(f"Laos {verb} a deal with Vietnam on Monday.")
    assert ("Laos", "AGREES_WITH", "Vietnam") in r.triples
    assert ("Laos", "ATTACKS", "Vietnam") not in r.triples


def test_an_olive_branch_is_an_offer(extract) -> None:
    assert ("Laos", "OFFERS", "Vietnam") in extract("Laos held out an olive branch to Vietnam.").triples


@pytest.mark.parametrize("text", ["Laos came to the defence of Vietnam.", "Laos threw its backing behind Vietnam."])
def test_support_wordings(extract, text: str) -> None:
    assert ("Laos", "SUPPORTS", "Vietnam") in extract(text).triples


@pytest.mark.parametrize("text", [
    "Laos gave Vietnam military aid.",
    "Laos granted Vietnam a loan.",
    "Laos gave Vietnam $50 million in aid.",
    "Laos donated $5 million to Vietnam.",
    "Laos handed over weapons to Vietnam.",
])
def test_aid_wordings(extract, text: str) -> None:
    assert ("Laos", "AIDS", "Vietnam") in extract(text).triples


def test_shared_intelligence(extract) -> None:
    assert ("Laos", "COOPERATES_WITH", "Vietnam") in extract("Laos shared intelligence with Vietnam.").triples


@pytest.mark.parametrize("text", ["Laos received Vietnam's backing for the plan.", "Laos received Vietnam's request."])
def test_receiving_a_states_backing_or_request_is_no_meeting(extract, text: str) -> None:
    assert ("Laos", "MEETS_WITH", "Vietnam") not in extract(text).triples


def test_giving_a_request_for_aid_short_shrift_is_no_aid(extract) -> None:
    r = extract("Laos gave Vietnam a loan. Laos gave Cambodia's request for military aid short shrift.")
    assert ("Laos", "AIDS", "Vietnam") in r.triples
    assert ("Laos", "AIDS", "Cambodia") not in r.triples


@pytest.mark.parametrize("text", ["Laos hosted a delegation from Vietnam.", "Laos welcomed a delegation from Vietnam."])
def test_a_delegation_received_meets_its_sender(extract, text: str) -> None:
    r = extract(text)
    assert ("Laos", "MEETS_WITH", "Vietnam") in r.triples
    assert ("Laos", "SUPPORTS", "Vietnam") not in r.triples
