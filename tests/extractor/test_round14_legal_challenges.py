"""Round 14, events: a legal challenge to a state measure taken to a court is a protest against the story's state.
Sentences invented for these tests."""

from __future__ import annotations


def test_would_challenge_the_seizure_in_court(extract):
    r = extract("MONTEVIDEO, June 2 - Uruguay seized a Spanish trawler. Vigo Ocean Holdings denied that the trawler "
                "had fished illegally and said it would challenge the seizure in Uruguayan courts.")
    assert ("Vigo Ocean Holdings", "PROTESTS", "Uruguay") in r.triples


def test_lawyer_after_possessor_challenges_the_detention(extract):
    r = extract("KINGSTON, June 2 - Jamaica detained a gang suspect. Brown's lawyer, Alicia Grant, denied that he led "
                "any gang and said she would challenge his detention in the Supreme Court.")
    assert ("Alicia Grant", "PROTESTS", "Jamaica") in r.triples


def test_asked_the_court_to_suspend_the_order(extract):
    r = extract("ANTANANARIVO, June 2 - Madagascar capped clove exports. The Clove Exporters Association said it had "
                "not been consulted and has asked the High Constitutional Court to suspend the order.")
    assert ("Clove Exporters Association", "PROTESTS", "Madagascar") in r.triples


def test_filed_a_complaint_with_the_court(extract):
    r = extract("BRATISLAVA, June 2 - Slovakia passed a law on charities. The watchdog Open Ledger has filed a "
                "complaint with the Constitutional Court.")
    assert ("Open Ledger", "PROTESTS", "Slovakia") in r.triples


def test_challenging_figures_is_no_legal_challenge(extract):
    r = extract("BRATISLAVA, June 2 - Slovakia published its budget. The watchdog Open Ledger challenged the "
                "government's figures on Tuesday.")
    assert ("Open Ledger", "PROTESTS", "Slovakia") not in r.triples
