"""Sanctions another party vetoed or blocked were proposed, never imposed: the SANCTIONS edge is hypothetical."""

from __future__ import annotations


def test_vetoed_sanctions_are_hypothetical(extract) -> None:
    r = extract("Slovakia vetoed new EU sanctions on Belarus on Thursday.")
    assert r.rel("EU", "SANCTIONS", "Belarus").status == "hypothetical"


def test_a_blocked_round_of_sanctions_is_hypothetical(extract) -> None:
    r = extract("Greece blocked a fresh round of EU sanctions on Turkey.")
    assert r.rel("EU", "SANCTIONS", "Turkey").status == "hypothetical"


def test_a_blockade_is_no_veto(extract) -> None:
    r = extract("The blockade ended when the EU imposed sanctions on Serbia in March.")
    assert r.rel("EU", "SANCTIONS", "Serbia").status == "asserted"


def test_sanctions_imposed_after_a_veto_was_dropped_are_asserted(extract) -> None:
    r = extract("The EU imposed new sanctions on Belarus after Slovakia dropped its veto.")
    assert r.rel("EU", "SANCTIONS", "Belarus").status == "asserted"
