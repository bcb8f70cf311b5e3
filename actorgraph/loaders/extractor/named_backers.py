"""Actors a designation names as backers ("designated X and Y as financiers of Z"): they aid Z, allegedly."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_word

_AS_BACKER = re.compile(r"\bas\s+(?:the\s+|an?\s+)?(?:[a-z\-]+\s+){0,2}?(?:financiers?|funders?|backers?|sponsors?|"
                        r"suppliers?|fronts?|facilitators?|financial\s+conduits?)\s+(?:of|for|to)\s+", re.I)
_AS = frozenset({"as"})
_BACKER_WORDS = frozenset("financier financiers funder funders backer backers sponsor sponsors supplier suppliers "
                          "front fronts facilitator facilitators financial".split())


def named_as_backers(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """ "designated X and Y as financiers of Z": X and Y aid Z, as the designating side alleges."""
    text, base, out = sent.text, sent.start, []
    if not has_word(sent, _AS) or not has_word(sent, _BACKER_WORDS):
        return []
    for mt in _AS_BACKER.finditer(text):
        before = [k for k, m in enumerate(ms) if m.end - base <= mt.start() and mt.start() - (m.end - base) <= 40]
        after = next((m for m in ms if 0 <= m.start - base - mt.end() <= 60), None)
        if not before or after is None or not after.entity:
            continue
        for m in coordinated(ms, before[-1], text, base, -1):
            if m.entity and m.entity != after.entity and m.kind in ("Person", "Organization", "Group"):
                out.append(RawRelation(m.entity, "AIDS", after.entity, sent, mt.start(), mt.group(0).strip(),
                                       RelationStatus.ALLEGED, 0.65))
    return out
