"""Round 18 (H): a bare state title speaking the closing tag of a sentence whose subject is another state than
the article's main one ("Quito recalled its envoy, a government spokesman, X, said") is that state's post."""

from __future__ import annotations

import pytest

_LEAD = "LIMA — Peru closed two border crossings on Monday.\n\n"


@pytest.mark.parametrize("sentence", [
    "Quito recalled its ambassador for consultations, a government spokesman, Ana Ruiz, told reporters.",
    "Quito recalled its ambassador for consultations, government spokeswoman Ana Ruiz said.",
    "Ecuador lodged a formal protest in Lima, where Bolivia keeps a consulate, a government spokesman, Ana Ruiz, "
    "told a news conference.",
])
def test_closing_speaker_is_the_subjects(extract, sentence: str) -> None:
    r = extract(_LEAD + sentence)
    assert ("Ana Ruiz", "HOLDS_POSITION", "Ecuador") in r.triples
    assert ("Ana Ruiz", "HOLDS_POSITION", "Peru") not in r.triples


def test_home_state_still_when_it_is_the_subject(extract) -> None:
    r = extract(_LEAD + "Peru recalled its ambassador from Quito, government spokeswoman Ana Ruiz said.")
    assert ("Ana Ruiz", "HOLDS_POSITION", "Peru") in r.triples


def test_speaker_opening_the_sentence_keeps_home(extract) -> None:
    r = extract(_LEAD + "Government spokeswoman Ana Ruiz said Quito had recalled its ambassador.")
    assert ("Ana Ruiz", "HOLDS_POSITION", "Ecuador") not in r.triples
