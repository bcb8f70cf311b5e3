"""A spokesperson speaks for the state their reported clause opens with:

    "A spokesman, X, said the United States had played no role"   -> X HOLDS_POSITION United States
    "Government spokesman X said Phnom Penh would cooperate with Washington and London" -> X HOLDS_POSITION Cambodia
    "An embassy spokesman, X, said Beijing had always required ..." -> X HOLDS_POSITION China

Only for a spokes-title whose body the sentence does not name (no tie found, or only a state guessed for the bare
title or read into the word "Government" before it, other than the dateline's): "Its spokeswoman, X, said Beijing had asked the group
to ..." keeps X with the group, and a LIMA story's "Government spokeswoman X said Quito had recalled its envoy"
keeps her Peru's (the dateline's government reporting Ecuador's act). A clause
that has the state attack, accuse or punish ("said Moscow had launched 40 drones") is about the other side."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_SPOKES_BEFORE = re.compile(r"\bspokes(?:man|woman|person)\s*,?\s*$", re.I)
_SAID = re.compile(r"\s*,?\s+(?:said|says)\s+(?:that\s+)?(?:the\s+)?")
# the state's own verb right after it: what it will do, has done, is or wants
_OWN_VERB = re.compile(r"\s+(?:(?:had|has|would|will|was|is|could|can|did|does|remained|remains|wanted|wants|"
                       r"stood|stands)\b|[a-z]+ed\s+(?:no|to)\b)")
# ... unless the clause is one state's act against another ("said Moscow had launched drones at ...")
_HOSTILE = re.compile(r"\b(?:attack|launch|fir(?:e|ed|ing)\b|violat|kill|struck|strike|shell|bomb|invad|seiz|detain|"
                      r"arrest|expel|sanction|threat|accus|blame|interfer|meddl|behind|responsible|aggress|"
                      r"provok|occup|supplied|sent\s+(?:troops|weapons|arms))", re.I)
_VERB_REACH = 30  # the state's verb group: "had played no role", "would not accept"
# "Government spokesman X": the generic noun read as a state the story named before, not a body the sentence names
_STATE_NOUNS = frozenset({"government", "the government"})
_STANDING = ("HOLDS_POSITION", "LEADS", "MEMBER_OF", "ASSOCIATED_WITH")


def spoken_states(sent: Sentence, ms: list[Mention], found: list[RawRelation], filed_from: str | None) -> list[RawRelation]:
    """``found`` with the spokesperson's state read from the clause they report (see the module's doc)."""
    text, base = sent.text, sent.start
    if "spokes" not in text.lower():
        return found
    out = found
    ms = resolved_in_order(ms)
    for k, m in enumerate(ms):
        if m.kind != "Person" or not m.entity or m.country or not _SPOKES_BEFORE.search(
                text, max(0, m.start - base - 30), m.start - base):
            continue
        said = _SAID.match(text, m.end - base)
        state = ms[k + 1] if said and k + 1 < len(ms) else None
        if state is None or state.kind != "Country" or not state.entity or state.possessive \
                or state.start - base != said.end():  # type: ignore[union-attr]
            continue
        if not _OWN_VERB.match(text, state.end - base):
            continue
        if _HOSTILE.search(text, state.end - base, state.end - base + _VERB_REACH):
            continue
        guessed = {p.entity for p in ms[:k] if p.kind == "Country" and p.surface.lower() in _STATE_NOUNS}
        ties = [r for r in out if r.source == m.entity and r.type in _STANDING]
        if any(r.target == filed_from or r.target not in guessed and r.props.get("affiliation") != "inferred"
               for r in ties):
            continue  # "Its spokeswoman, X": the body named holds X; the dateline's government holds its spokesman
        out = [r for r in out if not any(r is t for t in ties)]
        out.append(RawRelation(m.entity, "HOLDS_POSITION", state.entity, sent, 0, "spokesman",
                               RelationStatus.ASSERTED, 0.6))
    return out
