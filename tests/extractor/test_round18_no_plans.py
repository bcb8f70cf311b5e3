"""Round 18 (D): a nominal meeting or talks under "no" ("there was no meeting between X and Y", "there are no plans
for a new summit between X and Y") is negated, not asserted."""

from __future__ import annotations


def test_no_plans_for_a_new_meeting(extract) -> None:
    r = extract("An aide said there were no plans for a fresh summit between Ecuador and Colombia this year.")
    assert r.rel("Ecuador", "MEETS_WITH", "Colombia").status.value == "negated"


def test_no_meeting_between(extract) -> None:
    r = extract("Officials in Quito said there had been no meeting between Ecuador and Colombia since March.")
    assert r.rel("Ecuador", "MEETS_WITH", "Colombia").status.value == "negated"


def test_a_meeting_without_no_stays_asserted(extract) -> None:
    r = extract("Officials in Quito said there had been a meeting between Ecuador and Colombia on Monday.")
    assert r.rel("Ecuador", "MEETS_WITH", "Colombia").status.value == "asserted"
