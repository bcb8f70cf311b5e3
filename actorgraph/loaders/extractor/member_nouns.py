"""Membership told by a noun rather than a verb: "Turkey, a NATO member, ..." / "Kenya, an African Union member
state," / "fellow NATO member Norway" / "NATO member Turkey", and a member's own "its membership of Y" ("punished
for its position and membership of the Y", "suspended its membership in Y"). States and organisations only (a
person's "X, a Y member" is a role noun); none for membership sought, opposed, left or ended."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.role_words import kind
from actorgraph.loaders.extractor.text import Sentence

_MEMBER_KINDS = ("Country", "Organization")
_MEMBER = r"(?:founding\s+)?member(?:\s+(?:state|country|nation))?"
# "X, a NATO member," / "X, a fellow EU member state and ...": the body between the apposition's article and "member"
_APPOSED_BEFORE = re.compile(r"^\s*,\s+(?:an?|the)\s+(?:(?:fellow|full|key|leading|longtime|long-standing)\s+)?$", re.I)
_APPOSED_AFTER = re.compile(rf"^\s+{_MEMBER}\s*(?:[,;.]|and\b|$)", re.I)
# "fellow NATO member Norway", "NATO member Turkey": the body, "member", then the member's name
_NAMED_AFTER = re.compile(rf"^\s+{_MEMBER}\s+$", re.I)
# "its membership of Y", "their membership in Y"; the owner is the nearest state or organisation before it
#   ("its position and membership of the Moscow-led Y": a shared "its")
_ITS_MEMBERSHIP = re.compile(r"\b(?:its|their)\s+(?:(?:[a-z][\w\-]*\s+){1,3}and\s+)?(?:(?:full|continued|formal|founding)\s+)?"
                             r"membership\s+(?:of|in)\s+(?:the\s+)?(?:[\w\-]+-(?:led|backed|dominated)\s+)?$", re.I)
# membership wanted, opposed, left or ended is no membership held
_NOT_HELD = re.compile(r"\b(?:oppos\w*|block\w*|veto\w*|bid\w*|seek\w*|sought|aspir\w*|appl(?:y|ied|ies|ying)|"
                       r"application|want\w*|hop\w*|push\w*|path|road|toward|towards|future|eventual|possible|potential|"
                       r"quit\w*|leav\w*|left|withdr\w*|end\w*|renounc\w*|terminat\w*|revok\w*|lost|los\w+|gave|giv\w+|"
                       r"former|previous|past)\b[^,;.]{0,40}$", re.I)


def member_nouns(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """``ms``: the sentence's resolved mentions in text order."""
    text, base, out = sent.text, sent.start, []

    def emit(member: Mention, body: Mention, at: int, trigger: str) -> None:
        if member.entity and body.entity and member.entity != body.entity:
            out.append(RawRelation(member.entity, "MEMBER_OF", body.entity, sent, at, trigger.strip(" ,"),
                                   RelationStatus.ASSERTED, 0.7))

    for k, body in enumerate(ms):
        if kind(body) != "Organization":
            continue
        after = text[body.end - base :]
        prev = ms[k - 1] if k > 0 else None
        if prev is not None and kind(prev) in _MEMBER_KINDS and not prev.possessive \
                and _APPOSED_BEFORE.fullmatch(text[prev.end - base : body.start - base]) \
                and (hit := _APPOSED_AFTER.match(after)):
            emit(prev, body, prev.end - base, hit.group(0))
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if nxt is not None and kind(nxt) == "Country" and not body.possessive \
                and (hit := _NAMED_AFTER.fullmatch(text[body.end - base : nxt.start - base])):
            emit(nxt, body, body.start - base, body.surface + hit.group(0))
        its = _ITS_MEMBERSHIP.search(text, max(0, body.start - base - 60), body.start - base)
        owner = next((m for m in reversed(ms[:k]) if kind(m) in _MEMBER_KINDS and m.end - base <= its.start()), None) \
            if its else None
        if its and owner is not None and not _NOT_HELD.search(text, max(0, its.start() - 60), its.start()):
            emit(owner, body, its.start(), its.group(0).strip())
    return out
