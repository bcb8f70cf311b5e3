"""Round 18 (H): the dateline under a headline that ends in a quoted word or a question is still a dateline (not
an Organization), and its capital still names the state of a bare "President X"."""

from __future__ import annotations

import pytest

_BODY = ("QUITO — Ecuador accused Peru on Monday of moving troops to the border.\n\n"
         "President Mateo Salinas called an emergency cabinet meeting late on Monday.\n")


@pytest.mark.parametrize("headline", [
    'Quito says Peruvian troops massed at border; Lima blames "misreading"',
    "Quito says Peruvian troops massed at border; Lima calls it ‘routine’",
    "Explainer: Will Quito take its border row with Peru to court?",
])
def test_dateline_under_headline(extract, headline: str) -> None:
    r = extract(f"{headline}\n\n{_BODY}")
    assert "QUITO" not in r.kinds and "Quito" not in r.kinds
    assert ("Mateo Salinas", "LEADS", "Ecuador") in r.triples


def test_quoted_sentence_opening_a_story_is_no_headline(extract) -> None:
    r = extract('Peru says the border is "calm."\n\nLIMA — Ecuador accused Peru on Monday of moving troops.\n')
    assert ("Ecuador", "ACCUSES", "Peru") in r.triples
