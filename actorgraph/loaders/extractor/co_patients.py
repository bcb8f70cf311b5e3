"""Round 30: others who undergo the same arrest, charge or listing, joined by "along with" / "alongside" /
"together with" after the act ("charged him with treason, alongside his aide, X", "was arrested in February along
with a retired colonel, X", "sanctioned the firm together with its two directors, A and B"): each gets the act
from its agent. Not when the phrase belongs to another verb or clause ("X, who fought alongside Y", "arrested X,
who had worked together with Y") or names one who acts with the agent ("police, along with soldiers of Y, ...":
before the act, so never read)."""

from __future__ import annotations

import dataclasses
import re

from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

_CUES = ("along with", "alongside", "together with", "Along with", "Alongside")
_TYPES = frozenset({"COERCES", "INVESTIGATES", "SANCTIONS"})
_JOINED = re.compile(r"\b(?:along\s+with|alongside|together\s+with)\s+")
# from the joining words to the one named: an article or possessive and a short lower-case description, with an
#   apposing comma ("his aide, ", "a retired colonel, ", "two other officers")
_DESCRIPTION = re.compile(r"(?:(?:his|her|their|its|an?|the|two|three|four|five|several|\d+)\s+)?"
                          r"(?:[a-z][\w\-]*\s+){0,3}(?:[a-z][\w\-]*,\s+)?")
# between the act and the joining words: its object and adjuncts, not another clause
_OTHER_CLAUSE = re.compile(r"[;:\"“”]|\b(?:who|whom|which|that|where|when|while|but|and\s+(?:has|had|was|is|were|"
                           r"[a-z]+ed)|said|says|according)\b")
# a verb of acting together right before the joining words: "fought alongside", "worked together with"
_ACTING_WITH = re.compile(r"\b(?:fought|fight|fights|fighting|stood|stand|stands|served|serve|serves|serving|worked|"
                          r"work|works|working|operated|operating|operates|marched|sat|sit|sits|ran|run|runs|"
                          r"fled|deployed|cooperated|cooperating|allied|joined|joining)\s+(?:\w+\s+)?$")


def co_patients(sent: Sentence, ms: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    """The relations ``found`` in ``sent`` given to those joined to their target by "along with" and the like."""
    text = sent.text
    if not found or not contains_any(text, _CUES):
        return []
    out: list[RawRelation] = []
    have = {(r.source, r.type, r.target) for r in found}
    base = sent.start
    for r in found:
        if r.type not in _TYPES or r.target is None:
            continue
        end = r.trigger_start + len(r.trigger_text)
        joined = _JOINED.search(text, end, end + 160)
        if joined is None or _OTHER_CLAUSE.search(text, end, joined.start()) \
                or _ACTING_WITH.search(text, max(0, joined.start() - 30), joined.start()):
            continue
        k = next((i for i, m in enumerate(ms) if joined.end() <= m.start - base < joined.end() + 60
                  and _DESCRIPTION.fullmatch(text, joined.end(), m.start - base)), None)
        if k is None or ms[k].kind not in ("Person", "Group", "Organization") or ms[k].possessive:
            continue
        for m in coordinated(ms, k, text, base, 1):
            if not m.entity or m.entity in (r.source, r.target) or (r.source, r.type, m.entity) in have:
                continue
            have.add((r.source, r.type, m.entity))
            out.append(dataclasses.replace(r, target=m.entity, props=dict(r.props)))
    return out
