"""Round 18 (F): an act told as what happened "days/a week after" or "before" something else is not dated by the
same pair's dated act in the sentence or paragraph ("X on Wednesday accused Y ..., days after X and Y had agreed")."""

from __future__ import annotations


def test_agreement_days_before_is_not_dated_wednesday(extract) -> None:
    r = extract("Ghana on Wednesday accused Togo of shelling a border post days after Ghana and Togo had agreed to "
                "a ceasefire.")
    assert ("Ghana", "ACCUSES", "Togo") in r.triples
    assert r.rel("Ghana", "AGREES_WITH", "Togo").date is None


def test_same_day_follow_up_keeps_the_inferred_date(extract) -> None:
    r = extract("Ghana and Togo met on Monday. Ghana then agreed to a prisoner exchange with Togo.")
    assert str(r.rel("Ghana", "AGREES_WITH", "Togo").date) == "2025-03-10"


def test_adjourned_to_a_day_does_not_date_the_order(extract) -> None:
    r = extract("The judge adjourned the trial to May 3 and ordered that Ghana detain Kofi Mensah.")
    assert r.rel("Ghana", "COERCES", "Kofi Mensah").date is None
