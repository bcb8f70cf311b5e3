"""Round 20: a demand carried by a note or letter handed to its addressee (or to its envoy, who stands for his state)
is the sender's demand on the addressee; a message received, or one asking nothing, is not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Ana Ruiz, the minister in charge of the talks, said she had handed a letter to Chile's ambassador, Juan Perez, "
    "on Tuesday proposing that the compensation be increased.",
    "Peru's trade minister Ana Ruiz summoned the Chilean ambassador, Juan Perez, to hand over a diplomatic note "
    "demanding that construction on the border road be halted.",
    "Ana Ruiz handed a note to the Chilean embassy demanding that the seized boats be returned.",
    "Ana Ruiz sent a letter to Chile proposing that the fishing talks resume in May.",
])
def test_a_message_handed_over_carries_the_senders_demand(extract, text) -> None:
    assert ("Ana Ruiz", "DEMANDS", "Chile") in extract(text).triples


@pytest.mark.parametrize("text", [
    "Ana Ruiz received a letter from Chile demanding that the border be reopened.",
    "Ana Ruiz handed a letter to Chile's ambassador thanking him for the visit.",
    "Ana Ruiz sent a letter to her supporters calling for calm before the vote.",
])
def test_no_demand_of_the_senders(extract, text) -> None:
    assert ("Ana Ruiz", "DEMANDS", "Chile") not in extract(text).triples
