"""Ties between companies and other organisations told by a corporate noun: "X, a subsidiary of state-owned
Y", "Y, the mining group whose subsidiary X ...", "Y and its partner X", "... with its Indonesian partner, X".
A subsidiary is ASSOCIATED_WITH its parent; a body with the partner it names as its own."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_PART = r"(?:subsidiary|unit|affiliate|division|arm|offshoot)"
_PARTNER = r"(?:(?:business|joint[ -]venture|junior|local|strategic|minority|majority)\s+)?partners?"
_WORDS = r"(?:(?!(?:and|or|but|of|for|in|on|to|by|with|who|which|that)\s)[a-z][\w\-]*\s+)"
# between the two: "X, a subsidiary of state-owned Y" (X the part, Y the whole)
_PART_OF = re.compile(rf"\s*,\s+(?:an?|the|its)\s+{_WORDS}{{0,2}}{_PART}\s+(?:of|to)\s+(?:the\s+)?{_WORDS}{{0,2}}", re.I)
# "Y, the French mining group whose subsidiary X" (X the part, Y the whole)
_WHOSE_PART = re.compile(rf"\s*(?:\([^)]{{1,12}}\)\s*)?,\s+(?:[\w\-'’]+\s+){{0,6}}?whose\s+{_WORDS}{{0,2}}?"
                         rf"(?:{_PART}|subsidiaries)\s*,?\s+(?:the\s+)?", re.I)
# "Y and its partner X" / "... with its Indonesian partner, X" (Y the body named before "its")
_ITS_PARTNER = re.compile(rf"\b(?:and|with|alongside)\s+its\s+(?:[A-Z][\w\-]*\s+|{_WORDS}){{0,2}}?{_PARTNER}\s*,?\s+"
                          r"(?:the\s+)?$", re.I)
_BODIES = ("Organization",)


def corporate_ties(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """``ms``: the sentence's resolved mentions in text order."""
    text, base, out = sent.text, sent.start, []

    def emit(part: Mention, whole: Mention, trigger: str) -> None:
        if part.entity and whole.entity and part.entity != whole.entity:
            out.append(RawRelation(part.entity, "ASSOCIATED_WITH", whole.entity, sent, 0, trigger.strip(" ,"),
                                   RelationStatus.ASSERTED, 0.65))

    for k, b in enumerate(ms):
        if b.kind not in _BODIES:
            continue
        a = ms[k - 1] if k > 0 else None
        gap = text[a.end - base : b.start - base] if a is not None and a.kind in _BODIES else ""
        if a is not None and (hit := _PART_OF.fullmatch(gap)):
            emit(a, b, hit.group(0))
        elif a is not None and (hit := _WHOSE_PART.fullmatch(gap)):
            emit(b, a, hit.group(0))
        partner = _ITS_PARTNER.search(text, max(0, b.start - base - 60), b.start - base)
        if partner:  # the body "its" stands for: the nearest named before it
            owner = next((p for p in reversed(ms[:k]) if p.kind in _BODIES and p.end - base <= partner.start()), None)
            if owner is not None:
                emit(owner, b, partner.group(0))
    return out
