"""Whom a call for calm ("urged restraint", "called for a ceasefire") addresses when it names no one: the two
states or bodies the story has set against each other most often so far, neither on the speaker's side."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.relations import RawRelation

# a call for calm (the trigger's words); only states and bodies are sides
CALM_APPEAL = re.compile(r"\b(?:restraint|calm|de-escalation|dialogue|talks|ceasefire|truce|halt|end)\b")
_SIDE_KINDS = ("Country:", "Organization:")


def main_conflict(r: RawRelation, earlier: list[RawRelation], same_side,  # type: ignore[no-untyped-def]
                  conflict: tuple[str, ...]) -> list[str]:
    """The two states or bodies most often in conflict (relations of the ``conflict`` types) so far (on a tie, the
    latest pair; at least twice), neither on the speaker's side."""
    pairs: Counter[frozenset[str]] = Counter()
    for e in earlier:
        if e.type in conflict and e.source and e.target and e.source.startswith(_SIDE_KINDS) \
                and e.target.startswith(_SIDE_KINDS) and not same_side(e.source, r.source) \
                and not same_side(e.target, r.source):
            pairs[frozenset((e.source, e.target))] += 1
    if not pairs:
        return []
    last = {p: k for k, p in enumerate(pairs)}
    best = max(pairs, key=lambda p: (pairs[p], last[p]))
    return sorted(best) if pairs[best] >= 2 else []  # a dispute the story follows, not one passing mention
