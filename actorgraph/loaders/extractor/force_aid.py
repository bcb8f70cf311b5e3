"""Forces sent to help another state: "Australia will send 60 federal police officers to Papua New Guinea's Enga
province to help contain tribal fighting", "Uganda, which flew special forces into Juba at Deng's request",
"Egyptian troops had been deployed to Somalia as part of an African Union mission" -> the sending state AIDS the
receiving one. Only with a cue that the forces come to help (to help/support/assist, as part of a mission, at a
request, under an agreement): troops sent to a border or against someone are a build-up (MOBILIZES_AGAINST)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence, has_part

_FORCES = (r"(?:troops|soldiers|police\s+officers|police|officers|special\s+forces|forces|peacekeepers|personnel|"
           r"trainers|military\s+advisers)")
_SENT = re.compile(r"\b(?P<verb>send|sends|sent|sending|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|fl(?:ew|y|ies|own))\s+"
                   r"(?:[\w\-,]+\s+){0,5}?" + _FORCES + r"\s+(?:to|into|in)\s+")
_DEPLOYED = re.compile(r"\b" + _FORCES + r"\s+(?:had|have|has|will|would)?\s*(?:been|be|were|was|are)\s+"
                       r"(?P<verb>deployed|sent|dispatched|flown)\s+(?:to|into|in)\s+")
_HELP_CUE = re.compile(r"\b(?:to\s+help|to\s+support|to\s+assist|as\s+part\s+of|peacekeeping|at\s+(?:the\s+)?"
                       r"(?:[\w'’]+\s+){0,3}?request|under\s+an?\s+(?:[\w\-]+\s+){0,2}?(?:agreement|pact|accord|deal))\b",
                       re.I)
_HELP_PARTS = ("help", "support", "assist", "part", "peacekeeping", "request", "agreement", "pact", "accord", "deal")


def force_aid(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text = sent.text
    if sent.headline or not has_part(text, _HELP_PARTS) or not _HELP_CUE.search(text):
        return []
    base = sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in [*_SENT.finditer(text), *_DEPLOYED.finditer(text)]:
        if not _HELP_CUE.search(text, hit.end()):
            continue
        target = next((m for m in ms if hit.end() <= m.start - base <= hit.end() + 4 and m.kind == "Country"), None)
        if hit.re is _DEPLOYED:  # "Egyptian troops had been deployed to X": the state named with its troops
            agent = next((m for m in ms if m.kind == "Country" and m.start - base <= hit.start() <= m.end - base), None)
        else:
            agent = main_subject(ms, text, base, hit.start())
        if agent is None or target is None or agent.kind != "Country" or agent.entity == target.entity:
            continue
        out.append(RawRelation(agent.entity, "AIDS", target.entity, sent, hit.start(), hit.group("verb"),
                               status_of(text, 0, hit.start(), "AIDS"), 0.6))
    return out
