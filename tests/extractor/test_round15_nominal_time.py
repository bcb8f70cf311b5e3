"""A time phrase between a noun trigger and its preposition ("Chile's talks on Monday with Peru", "its
sanctions last week on Peru") keeps the noun's target: one shared ``{when}`` fragment in triggers.yaml, made of
time words only, so that "on behalf of X" or "on charges of ..." still do not reach past the noun."""

from __future__ import annotations

import pytest

from actorgraph.loaders.extractor.lexicon import _with_fragments


@pytest.mark.parametrize("text, triple", [
    ("Bolivia's talks on Thursday with Paraguay were described as cordial.", ("Bolivia", "NEGOTIATES_WITH", "Paraguay")),
    ("Observers praised Uruguay's negotiations last month with Bolivia.", ("Uruguay", "NEGOTIATES_WITH", "Bolivia")),
    ("Norway's criticism earlier this week of Iceland surprised diplomats.", ("Norway", "ACCUSES", "Iceland")),
    ("Austria's condemnation yesterday of Hungary was unusually sharp.", ("Austria", "ACCUSES", "Hungary")),
    ("Kenya's detention on Friday night of activist Moses Odhiambo angered rights groups.",
     ("Kenya", "COERCES", "Moses Odhiambo")),
    ("Finland's agreement in March with Estonia covers ferry routes.", ("Finland", "AGREES_WITH", "Estonia")),
    ("Interior Minister Clara Vos's threats this week against Belgium were widely reported.",
     ("Clara Vos", "THREATENS", "Belgium")),
])
def test_time_phrase_between_noun_and_preposition(extract, text, triple) -> None:
    assert triple in extract(text).triples


def test_only_time_words_fill_the_gap(extract) -> None:
    assert ("Norway", "ACCUSES", "Iceland") in extract("Norway's criticism on Tuesday of Iceland was noted.").triples
    assert ("Norway", "ACCUSES", "Iceland") not in extract("Norway's criticism on behalf of Iceland was noted.").triples


def test_fragments_fill_named_slots_and_leave_quantifiers() -> None:
    assert _with_fragments(r"talks{when} with (?:\w+ ){0,2}", {"when": "(?: today)?"}) == r"talks(?: today)? with (?:\w+ ){0,2}"
    with pytest.raises(ValueError):
        _with_fragments("talks{whenn} with", {"when": ""})
