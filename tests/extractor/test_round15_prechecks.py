"""Round 15: a rule's cheap pre-check must admit every sentence its patterns would match (whitespace, case).
Sentences invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("gap", ["  ", "\u00a0", "\t"])
def test_delegation_led_by_across_any_whitespace(extract, gap):
    r = extract(f"HONIARA, May 3 - Prime Minister Tevita Kaua met a Korean trade delegation led{gap}by Vice Minister "
                "Min-jun Baek in Honiara on Friday.")
    assert ("Tevita Kaua", "MEETS_WITH", "Min-jun Baek") in r.triples


@pytest.mark.parametrize("action", ["stage Sit-Ins at the depots", "call a General Strike"])
def test_strike_call_with_a_capitalised_action(extract, action):
    r = extract(f"MASERU, May 2 - Lesotho raised fuel prices. The Lesotho Transport Workers Union said it would "
                f"{action}.")
    assert ("Lesotho Transport Workers Union", "PROTESTS", "Lesotho") in r.triples
