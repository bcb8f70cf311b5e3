"""Round 29, a warning whose condition names the one warned: "X warned that <measure> could ... if Y ..." -> X
THREATENS Y; not a condition without an actor, a forecast for two parties, nor a statement that warns of nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("measure", ["the army could be put on alert", "landing rights could be reviewed",
                                     "it would respond firmly", "its ports might be closed to Danish ships"])
def test_the_subject_of_the_condition_is_threatened(extract, measure) -> None:
    r = extract(f"Foreign Minister Erik Lund, Norway's top diplomat, warned that {measure} if Denmark went ahead "
                f"with the pipeline.")
    assert ("Erik Lund", "THREATENS", "Denmark") in r.triples


@pytest.mark.parametrize("text", [
    "Norway warned that it would respond if necessary.",
    "Norway warned that talks could collapse if Denmark and Sweden failed to agree.",
    "Norway said that talks could resume if Denmark agreed.",
])
def test_no_threat_without_a_single_actor_in_a_warned_condition(extract, text) -> None:
    assert ("Norway", "THREATENS", "Denmark") not in extract(text).triples
