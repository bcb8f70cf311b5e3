"""Round 16: a restrictive relative clause with its own subject ("four companies that it accused of ...", "the firms
it accuses of ...") makes the antecedent the verb's object, as ", which it accused of" already did; it is no generic
relative subject ("companies that help X")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("relative", ["that it accused", "it accused", "which it accused", "that it has accused"])
def test_a_bound_relative_gives_the_accused(extract, relative: str) -> None:
    r = extract(f"Canada sanctioned four companies {relative} of helping Russia evade the oil price cap.")
    assert ("Canada", "SANCTIONS", "four companies") in r.triples
    assert ("Canada", "ACCUSES", "four companies") in r.triples


def test_an_organisation_antecedent(extract) -> None:
    r = extract("Peru expelled members of the Tana Front that it designated as a terrorist group last year.")
    assert ("Peru", "DESIGNATES", "Tana Front") in r.triples


def test_a_generic_relative_subject_still_acts_for_no_one(extract) -> None:
    r = extract("Canada will sanction companies that help Russia evade the price cap.")
    assert not any(rel == "AIDS" for _, rel, _ in r.triples)



@pytest.mark.parametrize("antecedent, name", [("four companies", "four companies"), ("the Tana Front", "Tana Front")])
def test_a_named_agent_in_a_bound_relative(extract, antecedent: str, name: str) -> None:
    r = extract(f"Chile raided the offices of {antecedent} that Peru sanctioned last year.")
    assert ("Peru", "SANCTIONS", name) in r.triples
    assert ("Chile", "SANCTIONS", name) not in r.triples
