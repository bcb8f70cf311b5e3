"""A legal challenge to a state measure is a protest against the state the story is set in: "said it would challenge
the seizure in Argentine courts", "the party would challenge the ban in the High Court", "has asked the High
Constitutional Court to suspend the order", "is one of eleven groups that have filed a complaint with the
Constitutional Court". The court is the venue, not the target; the challenger is the clause's subject (or, after
"said it/the party would", the speaker or the body meant). Only a challenge taken to a court or tribunal counts:
"challenged the government's figures" is an argument, not a case."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.loaders.extractor.events_speech import main_subject, speaker_agent
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence

_MEASURE = (r"(?:the|this|that|his|her|their|its|a)\s+(?:[\w\-’']+\s+){0,2}?(?:arrests?|detentions?|expulsions?|"
            r"extraditions?|seizure|bans?|designations?|sanctions|rulings?|verdicts?|convictions?|sentences?|freeze|"
            r"closure|nationali[sz]ation|dissolution|annulment|decision|order|decree|law|warrant|licen[cs]e\s+"
            r"revocation|measures?)")
_COURT = r"(?:[\w\-’']+\s+){0,4}?(?:[Cc]ourts?|tribunal|Tribunal)\b"
_CHALLENGE = re.compile(
    r"\b(?P<verb>challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+against)\s+" + _MEASURE
    + r"\s+(?:[\w\-’']+\s+){0,3}?(?:in|at|before)\s+(?:an?\s+|the\s+)?" + _COURT
    + r"|\b(?P<asked>ask(?:s|ed|ing)?|petition(?:s|ed|ing)?)\s+the\s+" + _COURT
    + r"\s+to\s+(?:suspend|annul|overturn|strike\s+down|block|halt|quash|cancel|reverse|void)\b"
    + r"|\b(?P<filed>fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|submit(?:s|ted|ting)?)\s+(?:an?\s+)?(?:[\w\-]+\s+)?"
    r"(?:complaint|petition|lawsuit|suit|appeal|legal\s+challenge)\s+(?:with|to|before|at|in)\s+(?:the\s+)?" + _COURT)


def legal_challenges(sent: Sentence, mentions: list[Mention], story_state: Callable[[], str | None]) -> list[RawRelation]:
    text = sent.text
    if sent.headline or not ("ourt" in text or "ribunal" in text):
        return []
    base = sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in _CHALLENGE.finditer(text):
        at = hit.start()
        said = _SAID_WOULD.search(text, 0, at)
        agent = _opening_subject(ms, base) if said and text[: said.start()].rstrip().endswith(" and") else None
        agent = agent or speaker_agent(ms, text, base, at, []) or main_subject(ms, text, base, at)
        if agent is None or agent.kind not in ("Person", "Organization", "Group") or not agent.entity:
            continue
        state = story_state()
        if state is None:
            continue
        verb = hit.group("verb") or hit.group("asked") or hit.group("filed")
        out.append(RawRelation(agent.entity, "PROTESTS", state, sent, at, verb,
                               status_of(text, agent.end - base if agent.end - base <= at else 0, at, "PROTESTS"),
                               0.55))
    return out


# "X denied ... and said she would challenge ...": the sentence's subject, not the last name before "said"
_SAID_WOULD = re.compile(r"\b(?:said|says|added|announced|stated)\s+(?:that\s+)?(?:it|he|she|they|the\s+\w+)\s+"
                         r"(?:would|will|could|planned\s+to|plans\s+to|intends\s+to)\s+(?:\w+ly\s+|also\s+)?$")


def _opening_subject(ms: list[Mention], base: int) -> Mention | None:
    """The name the sentence opens with, past a possessor ("Charles's lawyer, Nalini Ramsingh, ...": Ramsingh)."""
    for m in ms:
        if m.start - base > 60:
            return None
        if not m.possessive and m.kind in ("Person", "Organization", "Group"):
            return m
    return None
