"""A demand carried by a note or letter handed to its addressee: "X handed a letter to Chile's ambassador, Y, on
Tuesday proposing that ...", "X summoned the Chilean ambassador to hand over a note demanding that work stop", "X
sent a letter to Chile calling for ..." -> X DEMANDS Chile (an envoy stands for the state that sent him). When the
demand names its own party ("a note demanding that Santiago investigate", "urging it to"), the trigger rules tell
it."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_chain import summoned_state
from actorgraph.loaders.extractor.events_speech import clause_agent
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

# "handed (over) (to X) a (diplomatic) note", "summoned X to hand over a note", "sent X a letter"
_CARRIED = re.compile(r"\b(?P<verb>hand(?:s|ed|ing)?(?:\s+over)?|deliver(?:s|ed|ing)?|sen[dt](?:s|ing)?|pass(?:es|ed|ing)?|"
                      r"convey(?:s|ed|ing)?|submit(?:s|ted|ting)?|present(?:s|ed|ing)?)\s+(?P<between>[^.;:\"“”]{0,80}?)"
                      r"\b(?:an?|the|its|their|his|her)\s+(?:(?:diplomatic|formal|official|written|verbal|open|"
                      r"protest)\s+)*(?P<noun>note|letter|message|memorandum|démarche|demarche)s?\b")
# the demand the message carries, after the message itself and its addressee ("to X's ambassador, Y, on Tuesday")
_DEMAND = re.compile(r"(?P<gap>[^.;:\"“”]{0,90}?)\b(?P<act>demanding|calling\s+for|urging|requesting|proposing|"
                     r"insisting|asking(?:\s+for)?)\b")
_ENVOY = r"(?:ambassador|envoy|charg[eé] d['’]affaires|consul|high\s+commissioner)"
_ENVOY_BEFORE = re.compile(r"\b" + _ENVOY + r"\s*,?\s*$", re.I)
# "to X", "to the Chilean ambassador, X"
_TO = re.compile(r"\bto\s+(?:the\s+)?(?:(?:[\w\-’']+\s+){0,3}?" + _ENVOY + r"\s*,\s*)?$")
_PARTIES = ("Organization", "Country", "Group")
_DEMAND_CARRIERS = ("note", "letter", "message", "memorandum", "marche")  # cheap guard


def message_demands(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if not contains_any(text, _DEMAND_CARRIERS):
        return []
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for hit in _CARRIED.finditer(text):
        demand = _DEMAND.match(text, hit.end())
        if demand is None:
            continue
        act_end = demand.end("act")
        if any(act_end - 1 <= m.start - base < act_end + 12 for m in ms):
            continue  # "a note demanding that Santiago investigate": the demand names its party
        addressee = _addressee(ms, text, base, hit, demand)
        at = _clause_verb(text, hit.start("verb"))
        agent = clause_agent(ms, text, base, at)  # "X said she had handed"
        if addressee is None or agent is None or agent.kind not in ACTOR_KINDS or agent.entity == addressee:
            continue
        out.append(RawRelation(agent.entity, "DEMANDS", addressee, sent, hit.start("verb"), hit.group("verb"),
                               RelationStatus.ASSERTED, 0.6))
    return out


def _clause_verb(text: str, verb_at: int) -> int:
    """Where the act's clause starts: "summoned X to hand over a note" is the summoner's."""
    summoned = re.search(r"\bsummon(?:s|ed|ing)?\b[^.;]{0,80}?\bto\s+$", text[:verb_at])
    return summoned.start() if summoned else verb_at


def _addressee(ms: list[Mention], text: str, base: int, hit: re.Match[str], demand: re.Match[str]) -> str | None:
    """ "to X" after the message, "to X" or a dative "X" before it, or the envoy summoned to receive it; an envoy
    stands for his state ("Chile's ambassador, Y", "the Chilean ambassador, Y")."""
    after = [m for m in ms if hit.end() <= m.start - base < demand.start("act")
             and _TO.search(text[max(0, m.start - base - 60) : m.start - base])]
    before = [m for m in ms if hit.end("verb") <= m.start - base < hit.start("noun")]
    summoned = re.search(r"\bsummon(?:s|ed|ing)?\s+([^.;]{0,80}?)\bto\s+$", text[: hit.start("verb")])
    if summoned:
        before = [m for m in ms if summoned.start(1) <= m.start - base < summoned.end(1)] or before
    found = after or before
    if not found:
        return None
    party = summoned_state(ms, text, base, found[:1])[0]
    if party.kind == "Person" and party.country and _ENVOY_BEFORE.search(text, 0, party.start - base):
        return f"Country:{normalize_name(party.country)}"
    return party.entity if party.kind in ACTOR_KINDS else None
