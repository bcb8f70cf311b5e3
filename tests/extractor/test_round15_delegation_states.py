"""Round 15: a visiting official belongs to the state that sent them, not to the one visited — a possessive before
a title the lexicon knows only in part ("Japan's Vice Foreign Minister X") and the state of the delegation X leads
("a Japanese delegation led by Deputy Foreign Minister X", "a delegation from Japan led by ...") win over the
story's main state. Sentences invented for these tests."""

from __future__ import annotations

import pytest

_STORY = "Laos owes China billions in railway debt. "


@pytest.mark.parametrize("sentence", [
    "A delegation led by Japan's Vice Foreign Minister Haruto Sano arrived in Laos on Tuesday.",
    "Japan's Senior Vice Minister Haruto Sano visited Laos on Tuesday.",
    "Laos's President Bounmy Vongsa received a Japanese delegation led by Deputy Foreign Minister Haruto Sano.",
    "A delegation from Japan led by Deputy Foreign Minister Haruto Sano arrived in Vientiane on Tuesday.",
    "Japan's delegation, led by Deputy Foreign Minister Haruto Sano, arrived in Laos on Tuesday.",
])
def test_visiting_official_holds_a_post_of_the_sending_state(extract, sentence):
    r = extract(_STORY + sentence)
    assert ("Haruto Sano", "HOLDS_POSITION", "Japan") in r.triples
    assert ("Haruto Sano", "HOLDS_POSITION", "Laos") not in r.triples


def test_host_keeps_its_own_bare_title(extract):
    r = extract(_STORY + "Foreign Minister Bounmy Vongsa received a Japanese delegation on Tuesday.")
    assert ("Bounmy Vongsa", "HOLDS_POSITION", "Laos") in r.triples


def test_met_a_delegation_led_by_a_possessed_title(extract):
    r = extract(_STORY + "Laos welcomed a delegation led by Japan's Deputy Foreign Minister Haruto Sano on Monday.")
    assert ("Laos", "MEETS_WITH", "Haruto Sano") in r.triples


@pytest.mark.parametrize("sentence", [
    "Laos received a delegation led by Deputy Foreign Minister Haruto Sano on Monday.",
    "A delegation led by Deputy Foreign Minister Haruto Sano arrived in Vientiane on Monday.",
])
def test_leader_of_a_delegation_the_story_state_hosts_holds_no_post_of_it(extract, sentence):
    assert ("Haruto Sano", "HOLDS_POSITION", "Laos") not in extract(_STORY + sentence).triples


@pytest.mark.parametrize("sentence", [
    "Laos sent a delegation led by Deputy Finance Minister Haruto Sano to Beijing.",
    "A delegation led by Deputy Finance Minister Haruto Sano met Chinese lenders in Beijing, and more talks are planned "
    "in Vientiane.",
])
def test_delegation_the_story_state_sends_keeps_its_leader(extract, sentence):
    assert ("Haruto Sano", "HOLDS_POSITION", "Laos") in extract(_STORY + sentence).triples
