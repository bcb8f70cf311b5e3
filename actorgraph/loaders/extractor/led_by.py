"""A state or body named as the leader in a modifier of another's name: "the Moscow-led Collective Security
Treaty Organization", "a US-led task force, Y" -> the state or body LEADS Y."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

# "the Moscow-led alliance Y": a state or body named as a modifier of another's name
MODIFIER = re.compile(r"-(?P<how>led|backed|sponsored|funded|controlled|run|owned|based|allied|aligned|dominated|"
                      r"affiliated|linked)\b\s*", re.I)


def led_by(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """ "the Moscow-led Collective Security Treaty Organization", "a US-led task force, Y": the state or
    body before "-led" leads the organisation named right after."""
    text, base, out = sent.text, sent.start, []
    for idx, m in enumerate(ms[:-1]):
        hit = MODIFIER.match(text, m.end - base)
        if not hit or hit.group("how").lower() != "led" or m.kind not in ("Country", "Organization"):
            continue
        nxt = ms[idx + 1]
        gap = text[hit.end() : nxt.start - base]
        if nxt.kind == "Organization" and re.fullmatch(r"(?:[a-z][\w\-]*\s+){0,2}(?:,\s+(?:the\s+)?)?", gap) \
                and m.entity and nxt.entity and m.entity != nxt.entity:
            out.append(RawRelation(m.entity, "LEADS", nxt.entity, sent, m.end - base, hit.group(0).strip(),
                                   RelationStatus.ASSERTED, 0.7))
    return out
