"""Membership told by a verb of belonging or founding: "A now belongs to the Y with B and C", "A and B, which
with C make up the Y", "With B and C, A formed the Y" -> A, B and C MEMBER_OF Y. States and organisations
only: a person who "formed" a party founded it (see role nouns)."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.mentions import Mention, titled_start
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_MEMBER_KINDS = ("Country", "Organization")
# the words right before the body: "belongs to the", "make up the", "formed the"
_VERB = re.compile(r"\b(?P<verb>(?:belongs?|belonged|belonging)\s+to|(?:make|makes|made|making)\s+up|forms?|formed|"
                   r"founded|co-founded|set\s+up)\s+(?:the\s+)?$", re.I)
_ADVERBS = r"(?:(?:now|also|then|later|has|have|had|formally|officially|jointly|together|already|all|both)\s+)*"
# between the members and the verb: nothing, a relative "which (with C)", or a first verb phrase joined by "and"
# ("A left Y in May and now belongs to Z"), never a report or another clause ("said", "that", "but")
_GAP = re.compile(rf"(?:\s+|\s*,\s+which\s+(?:(?:together\s+|along\s+)?with\s+[^,;:.]{{1,60}}?\s+)?|\s+(?![^,;:.]*\b(?:said|says|told|that|who|whom|"
                  rf"which|but|while|after|before|because|if)\b)[^,;:.]{{1,60}}?\s+and\s+){_ADVERBS}", re.I)
_OPENING = re.compile(r"[\s,]*(?:(?:the|then|now|also|and|but|meanwhile|in\s+\d{4}|last\s+\w+)[\s,]+)*", re.I)
_WITH_BEFORE = re.compile(r"(?:^|[\s,(])with\s+(?:the\s+)?$", re.I)
_WITH_AFTER = re.compile(r"^(?:\s*\([^)]{1,12}\))?\s+(?:(?:together|along|jointly)\s+)?with\s+(?:the\s+)?", re.I)


def member_verbs(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """``ms``: the sentence's resolved mentions in text order."""
    text, base, out = sent.text, sent.start, []
    for k, body in enumerate(ms):
        verb = _VERB.search(text, max(0, body.start - base - 40), body.start - base) \
            if body.kind == "Organization" and k > 0 else None
        if verb is None:
            continue
        with_ = [x for j, m in enumerate(ms[:k]) if m.end - base <= verb.start()
                 and _WITH_BEFORE.search(text, 0, titled_start(sent, m) - base) for x in coordinated(ms[:k], j, text, base, 1)]
        opening = bool(with_) and re.match(r"\s*with\s", text[: with_[0].start - base], re.I) is not None
        subject = _subject([m for m in ms[:k] if m not in with_], text, base, verb.start(),
                           max(m.end - base for m in with_) if opening else 0)
        members = subject + with_ if subject or opening else []  # ("With B and C, it formed the Y")
        if members and k + 1 < len(ms) and _WITH_AFTER.match(text[body.end - base : titled_start(sent, ms[k + 1]) - base]):
            members += coordinated(ms, k + 1, text, base, 1)  # "belongs to the Y with B and C"
        members = [m for m in members if m.kind in _MEMBER_KINDS]
        for m in {m.entity: m for m in members if m.entity and m.entity != body.entity}.values():
            out.append(RawRelation(m.entity, "MEMBER_OF", body.entity, sent, verb.start(), verb.group("verb"),
                                   RelationStatus.ASSERTED, 0.65))
    return out


def _subject(before: list[Mention], text: str, base: int, verb_start: int, opens: int) -> list[Mention]:
    """The coordinated states or organisations the verb at ``verb_start`` has for subject, if any: those that
    open the clause (from ``opens``, after a "With B and C," phrase)."""
    for k, m in enumerate(before):
        if m.kind not in _MEMBER_KINDS or m.end - base <= opens:
            continue
        if not _OPENING.fullmatch(text, opens, m.start - base):
            return []  # "it quit Y and formed Z": Y is an object
        run = coordinated(before, k, text, base, 1)
        last = max(run, key=lambda x: x.end)
        if _GAP.fullmatch(text, last.end - base, verb_start):
            return run
        return []  # only the clause's first state or organisation is its subject
    return []
