"""Round 18 (E): a day after the trigger that belongs to a second reported clause ("..., and that ...") or dates a
noun through its own participle ("a truce agreed on Saturday") is not the relation's day."""

from __future__ import annotations


def test_day_of_a_later_that_clause(extract) -> None:
    r = extract("Chile's envoy, Ana Paz, said she had spoken with Peru's government, and that the border would reopen "
                "on Friday.")
    assert r.rel("Ana Paz", "MEETS_WITH", "Peru").date is None


def test_day_of_a_participle_dated_noun(extract) -> None:
    r = extract("Bolivia accused Peru of breaking a truce agreed on Saturday.")
    assert r.rel("Bolivia", "ACCUSES", "Peru").date is None


def test_own_day_kept(extract) -> None:
    r = extract("Bolivia met Peru on Saturday.")
    assert r.rel("Bolivia", "MEETS_WITH", "Peru").date is not None
