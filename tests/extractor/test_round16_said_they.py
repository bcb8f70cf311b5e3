"""Round 16: "they" told by one person ('X said they would attack Y', 'X said: "They will attack Y."') is somebody the
sentence does not name, not the speaker; a "they" told by two people, or by a body, is still theirs."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "Ana Duarte said they would attack Bolivia.",
    'Chile\'s president, Ana Duarte, said: "They will attack Bolivia."',
    "Ana Duarte told reporters they would attack Bolivia.",
])
def test_one_speakers_they_is_not_the_speaker(extract, sentence: str) -> None:
    r = extract(sentence)
    assert ("Ana Duarte", "ATTACKS", "Bolivia") not in r.triples


def test_a_speakers_she_is_the_speaker(extract) -> None:
    assert ("Ana Duarte", "MEETS_WITH", "Bolivia") in extract("Ana Duarte said she would meet Bolivia.").triples


def test_a_bodys_they_is_the_body(extract) -> None:
    r = extract("The Northern Liberation Front said they would attack Bolivia.")
    assert ("Northern Liberation Front", "ATTACKS", "Bolivia") in r.triples
