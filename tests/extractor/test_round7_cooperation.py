"""Round 7, cooperation and structural ties: constructions that recur across corpora written by different
people (each test sentence is our own)."""

from __future__ import annotations


def test_a_judge_holds_a_post_in_the_court_named_after_the_name(extract) -> None:
    r = extract("Judge Oskar Lind of the Coastal District Court found the two smugglers guilty on Friday.")
    assert ("Oskar Lind", "HOLDS_POSITION", "Coastal District Court") in r.triples


def test_a_judge_holds_a_post_in_the_court_the_article_named_before(extract) -> None:
    r = extract("The Northern Appeals Court opened the fraud hearing on Monday. Defence lawyers asked for a delay, "
                "but Justice Maren Holt ordered the trial to go ahead.")
    assert ("Maren Holt", "HOLDS_POSITION", "Northern Appeals Court") in r.triples


def test_a_judge_without_a_court_sits_in_the_state_the_sentence_opens_in(extract) -> None:
    r = extract("Ecuador began flying the detainees out on Friday. In Ottawa, federal judge Clara Voss halted "
                "the transfers pending a hearing.")
    assert ("Clara Voss", "HOLDS_POSITION", "Canada") in r.triples


def test_a_judge_with_no_court_and_no_place_gets_no_post(extract) -> None:
    r = extract("Judge Oskar Lind said the ministry had erred.")
    assert not [t for t in r.triples if t[0] == "Oskar Lind" and t[1] in ("HOLDS_POSITION", "LEADS")]
