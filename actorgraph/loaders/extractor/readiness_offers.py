"""A party that declares itself ready, willing or prepared to do something for another makes it an offer.

"Kabul was ready to set up a joint commission with Tashkent", "the fund stood ready to provide technical help",
"said on Friday it was ready to extend the mission": the one declared ready OFFERS the party named after the act
("with Tashkent"), else the one discourse gives an offer to act (the other side of the talks in progress, or
the country the story is about: offer_recipients.py). Not an offer: readiness to talk or fight (the trigger
rules tell talks and threats, and a hostile act held ready is a threat), to trade, or readiness only set as a
condition ("until the bloc is ready to").
"""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_READY = re.compile(r"\b(?:ready|willing|prepared)\s+to\s+(?!(?:mediate|broker|facilitate|host|negotiate|talk|meet|hold|"
                    r"sit|return|resume|engage|enter|join|go|march|fight|defend|respond|retaliate|use|take|act|accept|"
                    r"lay|die|strike|attack|sell|buy|work|impose|expel|deploy|cut|suspend|halt|stop|close|block|seize|arrest|"
                    r"punish|sanction|invade|intervene|mobili[sz]e|escalate|boycott|withdraw|recall|sever|break|end)\b)"
                    r"(?P<act>[a-z]+)")
# "not ready to", "whoever is willing to", "until the bloc is ready to": no offer made
_NOT_OFFERED = re.compile(r"(?:\b(?:not|never|no\s+longer|whoever|anyone|anybody|nobody)\s+(?:\w+\s+){0,2}|"
                          r"\b(?:until|unless|if|once|when|as\s+soon\s+as)\s+(?:[\w\-’']+\s+){1,5}(?:is|was|are|were|"
                          r"becomes?|became)\s+)$")
# "prepared" is the adjective of an offer only after a copula ("was (fully) prepared to"); "as he prepared to fly
# home" is the verb, no offer
_PREPARED_STATE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|'s|'re|remains?|remained|stands?|stood|seems?|"
                             r"seemed|appears?|appeared|itself|themselves|feels?|felt)\s+(?:[a-z]+ly\s+|also\s+|still\s+|"
                             r"now\s+|not\s+){0,2}$")
_RECIPIENT = re.compile(r"\s+(?:with|to|for)\s+(?:the\s+)?$")
_CLAUSE_END = re.compile(r"[;,.:]")


def readiness_offers(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text = sent.text
    if not ("ready" in text or "willing" in text or "prepared" in text):
        return []
    base = sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in _READY.finditer(text):
        s = hit.start()
        if _NOT_OFFERED.search(text, max(0, s - 60), s):
            continue
        if text.startswith("prepared", s) and not _PREPARED_STATE.search(text, max(0, s - 40), s):
            continue
        agent = main_subject(ms, text, base, s)
        if agent is None or agent.kind not in ACTOR_KINDS:
            continue
        stop = _CLAUSE_END.search(text, hit.end())
        end = stop.start() if stop else len(text)
        recipient = next((m for m in ms if hit.end() <= m.start - base < end and m.entity != agent.entity
                          and m.kind in ACTOR_KINDS and _RECIPIENT.search(text, hit.end(), m.start - base)), None)
        out.append(RawRelation(agent.entity, "OFFERS", recipient.entity if recipient else None, sent, s,
                               text[s : hit.end()], RelationStatus.ASSERTED, 0.55, needs_partner=recipient is None))
    return out
