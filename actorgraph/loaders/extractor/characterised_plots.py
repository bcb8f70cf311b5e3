"""A case or measure characterised as someone's doing: "X called the case 'political revenge' orchestrated by the
prime minister", "described the arrests as a witch hunt ordered by Y", "branded the charges a plot engineered by Z"
-> X ACCUSES the one it names as behind it (a reported charge, so that Y's denial answers X)."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

# the characterising verb, what it calls the thing, then who is said to be behind it
_BEHIND_BY = re.compile(r"\b(?:[Cc]alled|calls|call|described|describes|branded|brands|termed|terms|labell?ed|labell?s|"
                        r"denounced|denounces)\s+[^.;:]{1,100}?\b(?:orchestrated|engineered|masterminded|instigated|"
                        r"concocted|fabricated|cooked\s+up|ordered|staged|directed)\s+by\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}$")
# (what the pattern ends on, looked for first: most sentences with "ed by" have none of these)
_BEHIND_WORDS = ("orchestrated by", "engineered by", "masterminded by", "instigated by", "concocted by", "fabricated by",
                 "cooked up by", "ordered by", "staged by", "directed by")
_DOUBTED = re.compile(r"\b(?:not|never|no|whether|if)\b", re.I)
_ACTORS = ("Person", "Organization", "Country")


def characterised_plots(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if "ed by " not in text or not contains_any(text, _BEHIND_WORDS):
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for accused in ms:
        at = accused.start - base
        hit = _BEHIND_BY.search(text, max(0, at - 160), at)
        if hit is None or accused.kind not in _ACTORS or _DOUBTED.search(text, hit.start(), at):
            continue
        speaker = main_subject(ms, text, base, hit.start())
        if speaker is None or speaker.kind not in _ACTORS or speaker.entity == accused.entity:
            continue
        rel = RawRelation(speaker.entity, "ACCUSES", accused.entity, sent, hit.start(), hit.group().split()[0],
                          RelationStatus.ASSERTED, 0.55)
        rel.props["reported"] = "true"
        out.append(rel)
    return out
