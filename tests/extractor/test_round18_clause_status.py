"""Round 18 (H): a plan or purpose told before ", but" / "; " is another verb's: the act told after it keeps its
own status ("signed a truce intended to ..., but each has since accused the other" -> asserted)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a truce intended to reduce tension, but each has since accused the other of breaking it.",
    "Chile and Peru agreed to hold talks; each has since accused the other of stalling.",
    "Chile and Peru were expected to sign a truce, yet each accused the other of bad faith on Friday.",
])
def test_later_clause_is_asserted(extract, text: str) -> None:
    r = extract(text)
    assert r.rel("Chile", "ACCUSES", "Peru").status.value == "asserted"


def test_cue_in_the_acts_own_clause_counts(extract) -> None:
    r = extract("Chile and Peru signed a truce, but each may yet accuse the other of breaking it.")
    assert r.rel("Chile", "ACCUSES", "Peru").status.value == "hypothetical"
