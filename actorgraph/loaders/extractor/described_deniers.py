"""Denials whose subject is a description of the one just charged, no actor named: "Georgian police detained X on
charges of violence. The opposition politician has denied wrongdoing." / "The accused denied the charges." /
"The 46-year-old pleaded not guilty." -> X DENIES whoever charged, arrested or accused X.

The description must be one a story uses for a person it is following (the accused, the suspect, the politician,
the former minister, the 46-year-old), never an office a second person could hold ("the interior minister denied
that X was mistreated" is another speaker); and the person is the one target of the latest charge, arrest or
accusation a few sentences back; whom the denial answers is found as for "He denied the charges" (discourse). Two people charged at once
("The two men denied ...") are both_denials' case."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_PERSON_NOUNS = (r"accused|defendant|suspect|detainee|prisoner|politician|activist|journalist|businessman|businesswoman|"
                 r"tycoon|dissident|blogger|lawmaker|legislator|cleric|opposition\s+(?:leader|figure)|"
                 r"\d+-year-old|(?:former|ousted|jailed|detained|arrested)\s+[a-z]+")
# "The accused", "The opposition politician, who ..., has denied", "The 46-year-old pleaded not guilty"
_DESCRIBED_DENY = re.compile(
    r"^[\"“]?The\s+(?:[a-z][\w\-]*\s+){0,2}?(?:" + _PERSON_NOUNS + r")(?:\s*,[^,;]{0,100},)?\s+"
    r"(?:(?:have|has|had|also|repeatedly|consistently|previously|strongly|flatly|long|since|again)\s+)*"
    r"(?P<verb>den(?:y|ies|ied)(?!\s+(?:that\s+)?(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}?(?:request|entry|access|visa|bail)\b)"
    r"|plead(?:s|ed)?(?=\s+(?:not\s+guilty|innocent)\b)|pled(?=\s+(?:not\s+guilty|innocent)\b)"
    r"|(?:maintain|protest|proclaim|insist)(?:s|ed)?(?=\s+(?:on\s+)?(?:his|her)\s+innocence\b))\b")
_IMPUTING = ("ACCUSES", "COERCES", "INVESTIGATES", "SANCTIONS", "DESIGNATES")
_STANDING = (RelationStatus.ASSERTED, RelationStatus.REPORTED, RelationStatus.ALLEGED)
_REACH = 5  # sentences back the charge is sought in


def described_deniers(sent: Sentence, mentions: list[Mention], earlier: list[RawRelation]) -> list[RawRelation]:
    """``earlier``: the relations of the sentences before, in order."""
    if not sent.text.startswith(("The ", "\"The ", "“The ")):
        return []
    hit = _DESCRIBED_DENY.match(sent.text)
    if hit is None or any(m.entity and m.start - sent.start < hit.start("verb") for m in mentions):
        return []
    for r in reversed(earlier):
        if r.sentence.index < sent.index - _REACH:
            break
        if r.sentence is sent or r.type not in _IMPUTING or r.status not in _STANDING \
                or not (r.target or "").startswith("Person:"):
            continue
        charged = {x.target for x in earlier if x.sentence is r.sentence and x.type in _IMPUTING
                   and (x.target or "").startswith("Person:")}
        if len(charged) != 1:
            return []  # two people charged: which one the description means is not told
        # whom the denial answers is left to discourse, as for "He denied the charges"
        return [RawRelation(r.target, "DENIES", None, sent, hit.start("verb"), hit.group("verb"),
                            RelationStatus.ASSERTED, 0.55, needs_partner=True)]
    return []
