"""An act a speaker says "had been coordinated with" another party is the speaker's side's cooperation with it:

    "Prime Minister X said the boarding had been coordinated with Finland and NATO"  -> Estonia COOPERATES_WITH
                                                                                       Finland, NATO
    "Foreign Secretary X said the sanctions had been coordinated with Washington"    -> Britain COOPERATES_WITH US

The passive names no agent: the act is the side's the speaker leads or serves (a post found in the sentence or
before it), else the speaker's own when the speaker is a state or a body. Only a reported clause ("X said ...");
a bare passive with no speaker names no one who cooperated."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS, SPEAKER
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence

_COORDINATED_WITH = re.compile(r"\b(?:(?:had|has|have)\s+been|was|were|is|are)\s+(?:closely\s+|fully\s+|also\s+)?"
                               r"coordinated\s+with\s+(?:the\s+)?")
_POSTS = ("LEADS", "HOLDS_POSITION")


def coordinated_acts(sent: Sentence, mentions: list[Mention], found: list[RawRelation],
                     affiliation: dict[str, str]) -> list[RawRelation]:
    text = sent.text
    if "coordinated with" not in text:
        return []
    base = sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in _COORDINATED_WITH.finditer(text):
        s = hit.start()
        speaker = next((m for m in ms if m.end - base < s and SPEAKER.match(text[m.end - base :])), None)
        if speaker is None:
            continue
        side: str | None = speaker.entity
        if speaker.kind == "Person":
            side = next((r.target for r in found if r.type in _POSTS and r.source == speaker.entity and r.target),
                        affiliation.get(speaker.entity or ""))
        elif speaker.kind not in ("Country", "Organization"):
            side = None
        k = next((i for i, m in enumerate(ms) if m.start - base == hit.end()), None)
        if side is None or k is None:
            continue
        for partner in coordinated(ms, k, text, base, 1):
            if partner.kind in ACTOR_KINDS and partner.entity != side:
                out.append(RawRelation(side, "COOPERATES_WITH", partner.entity, sent, s, hit.group(0).strip(),
                                       status_of(text, 0, s, "COOPERATES_WITH"), 0.6))
    return out
