"""Round 16: an object "it" / "them" never stands for its own clause's subject, and may stand for the actor of a
clause opening the sentence — "If Guyana does not pull back, Brazil will sanction it" (Guyana), "Guyana moved
troops. Brazil on Friday sanctioned it" (Guyana, though a phrase stands between subject and verb). The target of a
measure or an attack is read after its noun too ("imposed an embargo on it", "launched airstrikes against it").
Before, the first actor of the sentence was never a referent, and a subject not right before its verb was."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, rel_type, target", [
    ("If Guyana does not pull back, Brazil will sanction it.", "Brazil", "SANCTIONS", "Guyana"),
    ("Unless the Eastern Unity Front disarms, Brazil will attack it.", "Brazil", "ATTACKS", "Eastern Unity Front"),
    ("After Guyana closed the crossing, Foreign Minister Rosa Duarte threatened it.", "Rosa Duarte", "THREATENS",
     "Guyana"),
    ("When Bolivian miners blocked the highway, Brazil accused them of sabotage.", "Brazil", "ACCUSES",
     "Bolivian miners"),
    ("Guyana moved troops to the river. Brazil on Friday sanctioned it.", "Brazil", "SANCTIONS", "Guyana"),
    ("Guyana moved troops to the river. Brazil, its largest neighbour, backed it.", "Brazil", "SUPPORTS", "Guyana"),
])
def test_object_pronoun_stands_for_the_actor_before_its_clause(extract, text, source, rel_type, target) -> None:
    extract(text).rel(source, rel_type, target)


@pytest.mark.parametrize("text, source, rel_type, target", [
    ("Guyana moved troops to the river. Brazil imposed an embargo on it.", "Brazil", "SANCTIONS", "Guyana"),
    ("Guyana moved troops to the river. Brazil launched airstrikes against it.", "Brazil", "ATTACKS", "Guyana"),
])
def test_object_pronoun_after_the_noun_of_a_measure(extract, text, source, rel_type, target) -> None:
    extract(text).rel(source, rel_type, target)


def test_unless_does_not_open_a_name(extract) -> None:
    names = {a.name for a in extract("Unless the Eastern Unity Front disarms, Brazil will attack it.").extraction.actors}
    assert "Eastern Unity Front" in names and not any(n.startswith("Unless") for n in names)

