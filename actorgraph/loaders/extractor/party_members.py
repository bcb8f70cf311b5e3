"""A person's party, movement or group told by the words that describe the person: "X, an opposition lawmaker
from the Y party", "X, a senior member of the banned Sunni movement Y" (describing words may be capitalised),
"deputy X of Y" (a legislator's title before the name; the body needs no party word), "X, whose Y party
trails in the polls". Each makes X MEMBER_OF Y. Also "his party, Y" / "her own Y Party" for the person the sentence
is about (possessive_pronoun_roles)."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import PARTY_NAME_WORDS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_ROLE_OF_BODY = re.compile(
    r"^,\s+(?:an?|the)\s+(?P<hedge>(?:alleged|suspected|reputed|purported)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:(?P<house>lawmaker|legislator|senator|deputy|mp|parliamentarian|councillor|councilor|congressman|"
    r"congresswoman)\s+(?:from|of|for)|member\s+(?:of|from))\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,4}$", re.I)
_LEGISLATORS = frozenset({"senator", "lawmaker", "legislator", "mp", "deputy", "member of parliament",
                          "congressman", "congresswoman", "parliamentarian"})
_OF = re.compile(r"^\s+of\s+(?:the\s+)?$")
_WHOSE = re.compile(r"^,\s+whose\s+(?:(?:ruling|governing|opposition|own|conservative|liberal|nationalist|centrist|"
                    r"populist|right-wing|left-wing|far-right|far-left|socialist|islamist)\s+){0,2}$", re.I)
_PARTY_AFTER = re.compile(r"^\s+(?:party|movement|bloc|alliance|coalition)\b", re.I)
_PARTY_WORDS = PARTY_NAME_WORDS | {"bloc"}
_BODY_KINDS = ("Organization", "Group")
_FORMER = re.compile(r"\b(?:former|ex|onetime|one-time|expelled)\b", re.I)


def party_memberships(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """MEMBER_OF ties told by a person's description (``ms`` sorted by position)."""
    text, base, out = sent.text, sent.start, []
    for m, nxt in zip(ms, ms[1:], strict=False):
        if m.kind != "Person" or not m.entity or not nxt.entity or nxt.kind not in _BODY_KINDS:
            continue
        gap = text[m.end - base : nxt.start - base]
        status, cue = RelationStatus.ASSERTED, ""
        if hit := _ROLE_OF_BODY.match(gap):
            if hit.group("house") and nxt.kind != "Organization" or _FORMER.search(gap):
                continue  # "a lawmaker from the capital's poorer districts", "a former member of Y"
            cue = gap.strip(" ,")
            if hit.group("hedge"):
                status = RelationStatus.ALLEGED
        elif m.title is not None and m.title.text.lower() in _LEGISLATORS and _OF.match(gap) \
                and nxt.kind == "Organization" and nxt.via in ("cue", "acronym", "name"):
            cue = f"{m.title.text} of"  # "deputy X of Y": the legislator's party
        elif _WHOSE.match(gap) and (_PARTY_AFTER.match(text[nxt.end - base :])
                                    or set(nxt.name.lower().split()) & _PARTY_WORDS):
            cue = "whose party"  # "X, whose Y party faces an election"
        if cue:
            out.append(RawRelation(m.entity, "MEMBER_OF", nxt.entity, sent, m.end - base, cue, status, 0.7))
    return out


# words that make a capitalised name a person's party or platform ("his Renewal Front", "Senator X of the Y Party")
PARTY_OR_PLATFORM_WORDS = PARTY_NAME_WORDS | {"platform"}
_HIS_BODY = re.compile(r"\b(?:his|her)\s+(party|movement|holding company|company|firm)\s*,\s+(?:the\s+)?$", re.I)
_HIS_OWN = re.compile(r"\b(?:his|her)\s+(?:own\s+)?$", re.I)


def possessive_pronoun_roles(sent: Sentence, mentions: list[Mention], person: str | None,
                             prev_person: str | None = None) -> list[RawRelation]:
    """ "his party, Y" with "his" standing for the person the sentence is about (or, in a sentence that names
    no one, the person the one before it opened with)."""
    out: list[RawRelation] = []
    first_at = min((x.start for x in mentions if x.entity == person), default=None) if person else None
    person = person or prev_person
    if not person:
        return out
    for m in mentions:
        if m.kind != "Organization":
            continue
        cut = max(0, m.start - sent.start - 80)
        before = sent.text[cut : m.start - sent.start]
        rm = _HIS_BODY.search(before)
        if rm:
            owner = person  # "His party, Y, ... and President Z signed it": "his" looks back, not to Z named later
            if first_at is not None and first_at - sent.start > cut + rm.start() and prev_person:
                owner = prev_person
            rel = "MEMBER_OF" if rm.group(1).lower() in ("party", "movement") else "ASSOCIATED_WITH"
            out.append(RawRelation(owner, rel, m.entity, sent, 0, rm.group(0).strip(", "), RelationStatus.ASSERTED, 0.7))
        elif _HIS_OWN.search(before) and set(m.name.lower().split()) & PARTY_OR_PLATFORM_WORDS:
            out.append(RawRelation(person, "LEADS", m.entity, sent, 0, "his party", RelationStatus.ASSERTED, 0.7))
    return out  # ("members of his Renewal Front": the party he leads)
