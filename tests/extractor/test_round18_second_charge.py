"""Round 18 (E): a second charge joined to the first ("accused X of failing to act and of sharing data with Y") is
as alleged as the first."""

from __future__ import annotations


def test_second_of_charge_is_alleged(extract) -> None:
    r = extract("Peru has accused Chile of ignoring the border raids and of sharing intelligence with Bolivia.")
    assert r.rel("Chile", "COOPERATES_WITH", "Bolivia").status == "alleged"


def test_a_new_clause_after_the_charge_is_not(extract) -> None:
    r = extract("Peru accused Chile of blocking talks, and Ecuador said it would send aid to Bolivia.")
    assert r.rel("Ecuador", "AIDS", "Bolivia").status != "alleged"
