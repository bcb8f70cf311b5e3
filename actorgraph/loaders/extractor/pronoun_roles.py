"""A possessive pronoun before a party or company named after a comma: "his party, Y", "members of her own
Renewal Front" -- the pronoun standing for the person the sentence (or the one before it) is about."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_PARTY_WORDS = frozenset("party movement alliance front coalition congress league rally platform".split())


def possessive_pronoun_roles(sent: Sentence, mentions: list[Mention], person: str | None,
                             prev_person: str | None = None) -> list[RawRelation]:
    """ "his party, Y" with "his" standing for the person the sentence is about (or, in a sentence that names
    no one, the person the one before it opened with)."""
    out: list[RawRelation] = []
    person = person or prev_person
    if not person:
        return out
    for m in mentions:
        if m.kind != "Organization":
            continue
        before = sent.text[max(0, m.start - sent.start - 80) : m.start - sent.start]
        rm = re.search(r"\b(?:his|her)\s+(party|movement|holding company|company|firm)\s*,\s+(?:the\s+)?$", before, re.I)
        if rm:
            rel = "MEMBER_OF" if rm.group(1).lower() in ("party", "movement") else "ASSOCIATED_WITH"
            out.append(RawRelation(person, rel, m.entity, sent, 0, rm.group(0).strip(", "), RelationStatus.ASSERTED, 0.7))
        elif re.search(r"\b(?:his|her)\s+(?:own\s+)?$", before, re.I) and set(m.name.lower().split()) & _PARTY_WORDS:
            out.append(RawRelation(person, "LEADS", m.entity, sent, 0, "his party", RelationStatus.ASSERTED, 0.7))
    return out  # ("members of his Renewal Front": the party he leads)
