"""Protests named by a purpose or a venue rather than a verb with an object: "Paraguay suspended the talks in protest
at reports that Brazil's intelligence agency had hacked ..." -> Paraguay PROTESTS Brazil (the first state or body the
protest is about); "members of the fishermen's federation marched to the Indian consulate to protest against ..." ->
the federation PROTESTS India (the state whose mission the crowd marched on)."""

from __future__ import annotations

import re

from actorgraph.graph.model import RelationStatus, normalize_name
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_IN_PROTEST = re.compile(r"\bin\s+protest\s+(?:at|against|over)\s+(?:(?:the\s+)?(?:reports?|claims?|allegations?|news)\s+"
                         r"(?:that|of)\s+)?")
_VENUE = re.compile(r"\b(?P<verb>march\w*|rall(?:y|ied|ies|ying)|demonstrat\w*|gather\w*|protest\w*)\s+(?:on\s+\w+\s+)?"
                    r"(?:to|outside|at|in\s+front\s+of|near)\s+the\s+(?P<demonym>[A-Z][\w\-]+)\s+"
                    r"(?:embassy|consulate|high\s+commission|mission)\b")
_MEMBERS_OF = re.compile(r"\b(?:members|supporters|activists|followers)\s+of\s+(?:the\s+)?$")


def protest_phrases(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text = sent.text
    if sent.headline or "protest" not in text and not any(w in text for w in ("mbassy", "onsulate", "ommission")):
        return []
    base = sent.start
    ms = sorted((m for m in mentions if m.entity), key=lambda m: m.start)
    out: list[RawRelation] = []
    for hit in _IN_PROTEST.finditer(text):
        target = next((m for m in ms if hit.end() <= m.start - base <= hit.end() + 12
                       and m.kind in ("Country", "Organization")), None)
        agent = _agent(ms, text, base, hit.start())
        if target is not None and agent is not None and agent.entity != target.entity:
            out.append(RawRelation(agent.entity, "PROTESTS", target.entity, sent, hit.start(), hit.group(0).strip(),
                                   RelationStatus.ASSERTED, 0.6))
    for hit in _VENUE.finditer(text):
        form = lexicon().country_at([hit.group("demonym")], 0)
        agent = _agent(ms, text, base, hit.start())
        if form is None or form[1].role != "demonym" or agent is None:
            continue
        state = f"Country:{normalize_name(form[1].country)}"
        if state != agent.entity:
            out.append(RawRelation(agent.entity, "PROTESTS", state, sent, hit.start(), hit.group(0),
                                   RelationStatus.ASSERTED, 0.55))
    return out


def _agent(ms: list[Mention], text: str, base: int, at: int) -> Mention | None:
    """The clause's subject, or the body whose members act ("about 300 members of the X marched ...")."""
    members = next((m for m in ms if m.start - base < at and m.kind == "Organization"
                    and _MEMBERS_OF.search(text[max(0, m.start - base - 40) : m.start - base])), None)
    subject = members or main_subject(ms, text, base, at)
    if subject is None or subject.kind not in ("Country", "Organization", "Group", "Person"):
        return None
    return subject
