"""A prosecutor's accusation is a prosecution, round 29: "Prosecutors accuse X of organising the attack", "The
Special Prosecutor's Office accused X of taking bribes", "ICC prosecutors accuse X of ..." -> besides the
accusation, the accuser INVESTIGATES X (the state for bare "prosecutors", as state_agents makes them).

Only where the accuser's own words name prosecutors or investigators (the mention, or "prosecutors" right after
it); a minister's or a party's accusation stays an accusation. Countries accused are left alone ("prosecutors
accused Russia of ..." charges no state)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_word

_GATE = frozenset({"prosecutor", "prosecutors", "prosecution", "investigators"})
_PROSECUTING = re.compile(r"\b(?:prosecutors?|prosecution|investigators)\b", re.I)
# "ICC prosecutors accuse", "Ecuador's prosecutors said ...": the office's men right after the mention
_MEN_AFTER = re.compile(r"(?:['’]s?)?\s+(?:chief\s+|state\s+|public\s+|special\s+)?(?:prosecutors?|investigators)\b", re.I)
# "Prosecutors at the National Financial Prosecutor's Office allege ...": the office's men right before it
_MEN_BEFORE = re.compile(r"\b(?:prosecutors|investigators)\s+(?:at|from|of|with)\s+(?:the\s+)?$", re.I)
_CHARGED_KINDS = frozenset({"Person", "Group", "Organization"})


def _accuser(sent: Sentence, mentions: list[Mention], r: RawRelation) -> Mention | None:
    """The accuser's mention: the last one of its entity before the trigger."""
    at = sent.start + r.trigger_start
    return next((m for m in reversed(mentions) if m.entity == r.source and m.end <= at), None)


def _named_after(sent: Sentence, mentions: list[Mention], r: RawRelation) -> bool:
    """Whether the accused is named (not a pronoun or a description) after the trigger."""
    at = sent.start + r.trigger_start
    m = next((m for m in mentions if m.entity == r.target and m.start >= at), None)
    return m is not None and m.via != "pronoun" and m.surface[:1].isupper()


def prosecutors_charges(sent: Sentence, mentions: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    if not has_word(sent, _GATE):
        return []
    kinds = {m.entity: m.kind for m in mentions if m.entity}
    have = {(r.source, r.target) for r in found if r.type == "INVESTIGATES"}
    out: list[RawRelation] = []
    for r in found:
        if r.type != "ACCUSES" or not r.source or not r.target or r.implicit or (r.source, r.target) in have \
                or kinds.get(r.target) not in _CHARGED_KINDS:
            continue
        if not _named_after(sent, mentions, r):
            continue  # "Prosecutors accuse him of ...": the pronoun's reading is a guess the prosecution need not repeat
        m = _accuser(sent, mentions, r)
        if m is None or not (_PROSECUTING.search(m.surface) or _MEN_AFTER.match(sent.text, m.end - sent.start)
                             or _MEN_BEFORE.search(sent.text, max(0, m.start - sent.start - 40), m.start - sent.start)):
            continue
        have.add((r.source, r.target))
        out.append(RawRelation(r.source, "INVESTIGATES", r.target, sent, r.trigger_start, r.trigger_text, r.status,
                               r.confidence))
    return out
