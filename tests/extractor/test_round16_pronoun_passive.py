"""Round 16: a sentence-opening "it"/"they" is the subject of a passive too — "It was sanctioned by X", "It has been
shelled by X", "They were later attacked by X", "It will be sanctioned by X": the pronoun stands for what an active
one would (the state or body the last sentence opened with; its plural subject; a body through its members). Before,
only a verb of acting after the pronoun made it a subject, so the passive's patient was lost. "It was agreed that",
"It is believed" and an "it" after a thing or a person name nobody."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("second, agent, rel", [
    ("It was sanctioned by Togo on Friday.", "Togo", "SANCTIONS"),
    ("It has been shelled by Cameroon.", "Cameroon", "ATTACKS"),
    ("It was later accused by Togo of piracy.", "Togo", "ACCUSES"),
    ("On Friday, it was threatened by Cameroon with a blockade.", "Cameroon", "THREATENS"),
    ("It will be sanctioned by Togo.", "Togo", "SANCTIONS"),
])
def test_it_opening_a_passive_is_the_state_the_last_sentence_opened_with(extract, second, agent, rel) -> None:
    assert (agent, rel, "Ghana") in extract(f"Ghana sent warships to the gulf. {second}").triples


def test_they_opening_a_passive_is_each_of_a_coordinated_subject(extract) -> None:
    triples = extract("Ghana and Togo sent warships to the gulf. They were later shelled by Cameroon.").triples
    assert ("Cameroon", "ATTACKS", "Ghana") in triples and ("Cameroon", "ATTACKS", "Togo") in triples


def test_they_opening_a_passive_is_a_body_through_its_members(extract) -> None:
    assert ("Cameroon", "ATTACKS", "Coastal Liberation Front") in extract(
        "The Coastal Liberation Front's fighters overran the port. They have been shelled by Cameroon.").triples


@pytest.mark.parametrize("text", [
    "Odile Brandt led a march through the port. It was sanctioned by Togo.",
    "The fisheries accord was signed in May. It was sanctioned by Togo.",
    "Ghana sent warships to the gulf. It was agreed that Togo would sanction Cameroon.",
])
def test_passive_it_without_an_actor_antecedent_names_nobody(extract, text) -> None:
    assert not {(s, t, o) for s, t, o in extract(text).triples if s == "Togo" and o in ("Ghana", "Odile Brandt")}
