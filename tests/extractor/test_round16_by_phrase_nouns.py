"""A by-phrase noun trigger ("the investigation by X into Y", "the probe by X into Y") wins over a verb pattern
that matches the same word ("investigat\\w+", "prob(e|ed...)"): only the noun trigger names the preposition that
takes the target after the agent's by-phrase."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The investigation by Ghana into the Eastern Unity Front was widely reported.",
    "Critics questioned the timing of the probe by Ghana into the Eastern Unity Front.",
])
def test_by_phrase_agent_and_target(extract, text) -> None:
    assert ("Ghana", "INVESTIGATES", "Eastern Unity Front") in extract(text).triples


def test_alleged_investigation_by(extract) -> None:
    r = extract("The alleged investigation by Ghana into the Eastern Unity Front was widely reported.")
    assert r.rel("Ghana", "INVESTIGATES", "Eastern Unity Front").status.value == "alleged"
