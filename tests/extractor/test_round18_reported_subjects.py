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
