"""Round 18 (F): "X said the plotters had planned to attack Y": the reported clause has an unnamed subject of its
own, so the speaker X is not the agent."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("clause", ["the plotters had planned to attack Honduras",
                                    "that the militants had attacked Honduras",
                                    "on Monday that the gunmen attacked Honduras",
                                    "an armed gang had threatened Honduras",
                                    "the plotters had intended to attack the broadcaster Radio Centro"])
def test_unnamed_subject_is_not_the_speaker(extract, clause: str) -> None:
    r = extract(f"The defence minister, Julia Arce, said {clause}.")
    assert not any(t[0] == "Julia Arce" and t[1] in ("ATTACKS", "THREATENS") for t in r.triples)


def test_named_subject_still_acts(extract) -> None:
    r = extract("The defence minister, Julia Arce, said Nicaragua had attacked Honduras.")
    assert ("Nicaragua", "ATTACKS", "Honduras") in r.triples


@pytest.mark.parametrize("sentence", ["Honduras's Supreme Court ruled that civilians could not be tried by Honduras's "
                                      "army courts.",
                                      "The defence minister, Julia Arce, said officials had met Nicaragua.",
                                      "The defence minister, Julia Arce, said rebels had attacked Nicaragua."])
def test_bare_plural_subject_after_a_verb_of_saying_or_ruling(extract, sentence: str) -> None:
    r = extract(sentence)
    assert not any(t[0] in ("Julia Arce", "Honduras") and t[2] in ("Nicaragua", "Supreme Court")
                   and t[1] not in ("HOLDS_POSITION", "LEADS") for t in r.triples)
