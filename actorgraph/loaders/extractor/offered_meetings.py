"""A party that declares itself ready to meet someone or to hold talks with them offers them a meeting:

    "X said he was willing to meet Y but would not accept conditions"     -> X OFFERS Y
    "the government said it was ready to hold talks with the opposition"  -> the government OFFERS the opposition

The talks themselves are the trigger rules' (a hypothetical meeting or negotiation); the offer is the declared
readiness, made to the one named after the act, within the clause (not past "but": "with the leaders but not with
Y"). No offer: readiness denied or only supposed ("not ready to", "would be willing to", "if ... were willing
to"), readiness "to negotiate" (a stance on talks rather than an invitation), and no one named."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_READY_TO_MEET = re.compile(r"\b(?:ready|willing|prepared)\s+to\s+(?:meet(?:\s+with)?|hold\s+(?:direct\s+|new\s+|fresh\s+|"
                            r"further\s+|face-to-face\s+)?talks\s+with|sit\s+down\s+with)\s+")
# "not ready to", "would be willing to", "if X were willing to", "whoever is ready to": no offer made
_NOT_OFFERED = re.compile(r"(?:\b(?:not|never|no\s+longer|whoever|anyone|anybody|nobody)\s+(?:\w+\s+){0,2}|"
                          r"\b(?:would|could|might)\s+(?:\w+\s+)?be\s+(?:\w+\s+)?|"
                          r"\b(?:until|unless|if|once|when|as\s+soon\s+as)\s+(?:[\w\-’']+\s+){1,5}(?:is|was|are|were|"
                          r"becomes?|became)\s+)$")
_CLAUSE_END = re.compile(r"[;.:]|\s+(?:but|while|whereas|although|though|and\s+(?:that|said|added))\b")


def offered_meetings(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text = sent.text
    if not ("ready" in text or "willing" in text or "prepared" in text):
        return []
    base = sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in _READY_TO_MEET.finditer(text):
        s = hit.start()
        if _NOT_OFFERED.search(text, max(0, s - 60), s):
            continue
        agent = main_subject(ms, text, base, s)
        if agent is None or agent.kind not in ACTOR_KINDS:
            continue
        stop = _CLAUSE_END.search(text, hit.end())
        end = stop.start() if stop else len(text)
        invitee = next((m for m in ms if hit.end() <= m.start - base < end and m.entity != agent.entity
                        and m.kind in ACTOR_KINDS), None)
        if invitee is not None:
            out.append(RawRelation(agent.entity, "OFFERS", invitee.entity, sent, s, text[s : hit.end()].strip(),
                                   RelationStatus.ASSERTED, 0.55))
    return out
