"""Round 16: "backed down", "backed away from", "backed off", "backing out of" are retreats, not support."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "Peru backed down in its dispute with Chile.",
    "Peru backed off after talks with Chile on Monday.",
    "Peru backs down over its quarrel with Chile.",
])
def test_a_retreat_is_no_support(extract, sentence: str) -> None:
    assert ("Peru", "SUPPORTS", "Chile") not in extract(sentence).triples


def test_backing_is_support(extract) -> None:
    assert ("Chile", "SUPPORTS", "Peru") in extract("Chile backed Peru in its dispute with Bolivia.").triples
