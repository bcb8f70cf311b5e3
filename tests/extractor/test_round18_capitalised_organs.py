"""Round 18 (F): "Ghana's Foreign Ministry" written in capitals is the same generic organ as "Ghana's foreign
ministry" and stands for the state; "Ghana's Ministry of ..." and "Ghana's Army Radio" stay bodies of their own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("organ", ["Foreign Ministry", "Defence Ministry", "Defense Ministry"])
def test_capitalised_generic_organ_is_the_state(extract, organ: str) -> None:
    r = extract(f"Ghana's {organ} accused Togo of harbouring the plotters.")
    assert ("Ghana", "ACCUSES", "Togo") in r.triples
    assert organ not in r.kinds


def test_ministry_of_keeps_its_name(extract) -> None:
    r = extract("Ghana's Ministry of Foreign Affairs accused Togo of harbouring the plotters.")
    assert "Ministry of Foreign Affairs" in r.kinds
