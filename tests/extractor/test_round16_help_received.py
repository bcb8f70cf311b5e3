"""Round 16: help the subject received ("Chile received aid from Peru", "secured new loans from X") is given by the
one after "from"; before, the receiver was read as the giver, or nothing was found."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, rel", [
    ("Chile received aid from Peru on Monday.", "AIDS"),
    ("Chile has received military aid from Peru.", "AIDS"),
    ("Chile secured new loans from Peru on Monday.", "AIDS"),
    ("Chile accepted weapons from the Tana Front, officials said.", "AIDS"),
    ("Chile received support from Peru.", "SUPPORTS"),
])
def test_the_giver_gives(extract, sentence: str, rel: str) -> None:
    r = extract(sentence)
    giver = "Tana Front" if "Tana" in sentence else "Peru"
    assert (giver, rel, "Chile") in r.triples
    assert ("Chile", rel, giver) not in r.triples


def test_help_sent_keeps_its_direction(extract) -> None:
    r = extract("Chile sent aid to Peru on Monday, and Peru received it gratefully.")
    assert ("Chile", "AIDS", "Peru") in r.triples
    assert ("Peru", "AIDS", "Chile") not in r.triples
