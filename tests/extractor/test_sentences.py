"""Sentence splitting with offsets: abbreviations, initials, headlines, bullet lists."""

from __future__ import annotations

from actorgraph.loaders.extractor.text import split_sentences, tokenize


def test_abbreviations_do_not_split() -> None:
    text = "Gen. Omar Bashir met the U.S. envoy on Monday. Talks resumed in Doha. Mr. Lee left."
    got = [s.text for s in split_sentences(text)]
    assert got == ["Gen. Omar Bashir met the U.S. envoy on Monday.", "Talks resumed in Doha.", "Mr. Lee left."]


def test_headline_line_is_its_own_sentence_and_flagged() -> None:
    text = "Junta Expels French Envoy From Niamey\nThe military government gave him two days to leave."
    sents = split_sentences(text)
    assert [s.headline for s in sents] == [True, False]
    assert sents[0].text == "Junta Expels French Envoy From Niamey"


def test_paragraph_numbers() -> None:
    sents = split_sentences("First one. Second one.\n\nThird one.")
    assert [s.paragraph for s in sents] == [0, 0, 1]


def test_possessive_split_off() -> None:
    assert [t.text for t in tokenize("Maduro's demands")] == ["Maduro", "'s", "demands"]
