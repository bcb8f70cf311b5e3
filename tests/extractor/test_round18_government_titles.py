"""Round 18 (F): "Government spokesman X" in a story filed from a capital is the dateline state's post, not that
of a neighbour the story names more often."""

from __future__ import annotations

_STORY = ("LUSAKA, June 2 (Reuters) - Zambia's opposition leader Peter Banda was charged with sedition on Monday, "
          "weeks after he was detained in neighbouring Malawi. Malawi's police said Malawi had handed him over at "
          "the border. Lilongwe denied that Malawi had acted on a request. Malawi's interior minister said Malawi "
          "had followed the law.\n\n{line}")


def test_government_spokesman_is_the_dateline_state(extract) -> None:
    r = extract(_STORY.format(line="Government spokesman Joseph Mwale said the courts would decide."))
    assert ("Joseph Mwale", "HOLDS_POSITION", "Zambia") in r.triples
    assert ("Joseph Mwale", "HOLDS_POSITION", "Malawi") not in r.triples


def test_government_minister_is_the_dateline_state(extract) -> None:
    r = extract(_STORY.format(line="Government minister Ruth Phiri told reporters the charges were sound."))
    assert ("Ruth Phiri", "HOLDS_POSITION", "Zambia") in r.triples
    assert ("Ruth Phiri", "HOLDS_POSITION", "Malawi") not in r.triples

