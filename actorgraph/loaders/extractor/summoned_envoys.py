"""A summoned envoy told in the passive: "Chile's ambassador was summoned by Peru's foreign minister", "the
ambassador of Chile was summoned to the ministry by X", "Peruvian state media reported that the Chilean chargé
d'affaires had been summoned" -> the summoner PROTESTS the envoy's state (as "Peru summoned Chile's ambassador"
does). The summoner is the agent after "by" (past the place the envoy was summoned to), else the one whose report
the clause is; with neither, no one is guessed."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence

_SUMMONED = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+(?:[a-z]+ly\s+)?summoned\b"
                       r"(?!\s+(?:[\w\-’']+\s+){0,6}?for\s+(?:questioning|interrogation))")
_ENVOY = re.compile(r"\b(?:ambassadors?|envoys?|charg[eé]s?\s+d['’]affaires|deputy\s+chief\s+of\s+mission|consul"
                    r"(?:[\s\-]general)?|(?:deputy\s+)?high\s+commissioner|diplomats?|representatives?\s+of\s+(?:the\s+)?"
                    r"(?:[\w\-’']+\s+){0,2}?(?:embassy|mission))\b", re.I)
# where the clause of the envoy opens: after a speech verb and "that", a comma or a semicolon
_CLAUSE_OPEN = re.compile(r"(?:[,;:]|\b(?:that|said|says|reported|announced|stated)\b)\s*")
# "summoned to the headquarters of the Ministry by X", "summoned on Thursday by X"
_BY = re.compile(r"\s+(?:(?:to|at|in|on)\s+(?:[\w\-’'.]+\s+){0,8}?)?by\s+(?:the\s+)?")
_REPORT = re.compile(r"\b(?:said|says|reported|reports|announced|stated|told)\b(?:\s+(?:on|late\s+on)\s+\w+)?\s+(?:that\s+)?")
# where an envoy serves or was summoned to ("Chile's ambassador in Peru", "at the ministry"): not the envoy's state
_POSTING_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_PARTIES = ("Person", "Organization", "Country")


def summoned_envoys(sent: Sentence, mentions: list[Mention], found: list[RawRelation],
                    affiliation: dict[str, str]) -> list[RawRelation]:
    """``affiliation``: the state each person named so far holds office in (a spokesperson reporting a summons
    speaks for the state that summoned, she did not summon)."""
    text, base = sent.text, sent.start
    if "summoned" not in text:
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in _SUMMONED.finditer(text):
        at = hit.start()
        opens = [o.end() for o in _CLAUSE_OPEN.finditer(text, 0, at)]
        start = opens[-1] if opens else 0
        if _ENVOY.search(text, start, at) is None:
            continue
        states = [m for m in ms if start <= m.start - base < at and m.kind == "Country"
                  and not _POSTING_BEFORE.search(text, max(0, m.start - base - 10), m.start - base)]
        if not states:
            continue
        envoy_state = states[0]
        by = _BY.match(text, hit.end())
        agent = next((m for m in ms if by and m.start - base >= by.end()
                      and re.fullmatch(r"(?:[A-Z][\w\-’'.]*\s+|of\s+){0,6}", text[by.end() : m.start - base])), None)
        summoner = agent.entity if agent is not None else None
        if agent is None:
            report = next(reversed(list(_REPORT.finditer(text, 0, start + 1))), None)
            agent = main_subject(ms, text, base, report.start()) if report and report.end() == start else None
            summoner = None if agent is None else agent.entity if agent.kind != "Person" else affiliation.get(agent.entity or "") \
                or next((r.target for r in found if r.source == agent.entity and r.type in ("LEADS", "HOLDS_POSITION")
                         and r.target and r.target.startswith("Country:")), None)
        if agent is None or agent.kind not in _PARTIES or not summoner or summoner == envoy_state.entity:
            continue
        if any(r.type == "PROTESTS" and r.source == summoner and r.target == envoy_state.entity for r in found + out):
            continue
        out.append(RawRelation(summoner, "PROTESTS", envoy_state.entity, sent, hit.start(), hit.group(),
                               status_of(text, start, at, "PROTESTS"), 0.6))
    return out
