"""Round 14, events: protests named by purpose ("in protest at reports that X ...") or venue ("marched to the
Indian consulate"). Sentences invented for these tests."""

from __future__ import annotations


def test_in_protest_at_reports_about_a_state(extract):
    r = extract("Uruguay briefly suspended the talks in protest at reports that Argentina's intelligence service had "
                "tapped its negotiators' phones.")
    assert ("Uruguay", "PROTESTS", "Argentina") in r.triples


def test_members_marched_to_a_consulate(extract):
    r = extract("About 200 members of the Coastal Traders Federation marched to the Chinese consulate on Friday to "
                "protest against what they called dumping.")
    assert ("Coastal Traders Federation", "PROTESTS", "China") in r.triples


def test_in_protest_without_a_named_target_adds_nothing(extract):
    r = extract("Uruguay briefly suspended the talks in protest at the delays.")
    assert not any(t == "PROTESTS" for _, t, _ in r.triples)


def test_marching_to_the_capital_is_no_protest_against_a_state(extract):
    r = extract("About 200 members of the Coastal Traders Federation marched to the Chilean capital on Friday.")
    assert ("Coastal Traders Federation", "PROTESTS", "Chile") not in r.triples
