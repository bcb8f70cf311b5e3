"""Acts of force read from whole sentences rather than from one trigger: attacks told by who owns them
(claimed_attacks.py) and forces massed against no one named (troop_buildups.py)."""

from __future__ import annotations

from actorgraph.loaders.extractor.claimed_attacks import claimed_attacks
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence
from actorgraph.loaders.extractor.troop_buildups import troop_buildups


def force_events(sent: Sentence, mentions: list[Mention], home: str | None, states: list[str]) -> list[RawRelation]:
    """``home``: the sentence's home state; ``states``: the states named so far, the most named first."""
    return claimed_attacks(sent, mentions, home) + troop_buildups(sent, mentions, states)
