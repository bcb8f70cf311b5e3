"""A threat joined to a demand: "X demanded that Y withdraw its troops, threatening sanctions", "urged Y to lift the
blockade and threatened to close the highway", "demanded that Y share the findings and warned that Baku would review
ties if it did not" -> X THREATENS Y as well as DEMANDS it: the warning holds out what follows if the demand is not met,
so it is aimed at the party the demand is made of, even when that party is only a pronoun or settled in discourse.

Read after discourse has settled every demand's addressee. Only the demand's own clause continued by a participle
(", threatening ...", ", warning of ...") or by a coordinated past verb (", and threatened to ...") counts, and only
with a threat in it: a measure or a penalty ("threatening to block", "warning of sanctions"), the speaker's side acting
("warned that it would retaliate / that Baku would review ties if ..."), or harm to the addressee's people ("warning
that those responsible could face sanctions"). A forecast ("warning that a higher tariff would raise costs", "warned
that public debt risks becoming unsustainable") is no threat."""

from __future__ import annotations

import copy
import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import has_part

_TAIL_PARTS = ("threat", "warn")  # one opens every _TAIL match
# the demand's clause continued: ", threatening ...", ", and warned ...", " and threatened ..."
_TAIL = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+(?:also\s+|then\s+)?)(?:(?:on|late\s+on)\s+\w+day\s+)?"
                   r"(?P<verb>threatening|threatened|warning|warned)\b", re.I)
# what a threat holds out, named by a noun: "threatening sanctions", "warning of 'serious consequences'"
_MEASURE_NOUN = (r"(?:sanctions|consequences|retaliation|reprisals?|repercussions|(?:counter-?)?measures|action|force|"
                 r"tariffs|duties|a\s+boycott|boycotts?|expulsions?|closure|suspension|strikes?|response|war|"
                 r"lawsuits?|penalties|punishment|escalation)")
_THREATENED_WITH = re.compile(r"^\s+(?:to\s+(?!(?:resign|quit|step\s+down|walk\s+out|leave\s+office)\b)[a-z]|"
                              r"(?:with\s+)?(?:an?\s+|the\s+|new\s+|further\s+|more\s+)?[\"“]?(?:[\w\-]+\s+){0,2}?"
                              + _MEASURE_NOUN + r"\b)", re.I)
_WARNED_OF = re.compile(r"^\s+(?:(?:it|them|him|her)\s+)?of\s+(?:an?\s+|the\s+|possible\s+|further\s+)?[\"“]?(?:[\w\-]+\s+){0,2}?"
                        + _MEASURE_NOUN + r"\b", re.I)
# "warning (that) it / Baku / his government would retaliate ..." -- the speaker's side acting (the subject is checked)
_SIDE_ACTS = re.compile(r"^\s+(?:that\s+)?(?P<subj>it|they|we|he|she|(?:his|her|its|their|our)\s+(?:government|country|"
                        r"army|forces|military|administration)|the\s+(?:government|administration)|(?-i:[A-Z])[\w\-]+)"
                        r"\s+(?:would|will|could|might|was\s+(?:ready|prepared)\s+to|reserved\s+the\s+right\s+to)\s+"
                        r"(?:not\s+hesitate\s+to\s+)?(?:\w+ly\s+)?[\"“]?(?P<act>[a-z]+)", re.I)
# what the speaker's side would do that is no penalty: a promise, a request to someone else, a forecast of its own
_NO_PENALTY = re.compile(r"(?:lift|ease|resume|restore|reopen|release|return|help|support|reward|welcome|talk|"
                         r"negotiate|ask|request|seek|appeal|urge|call|be|have|continue|need|lose|suffer|struggle|"
                         r"remain|accept|consider|keep|watch|monitor|follow|study)$")
# a penalty the speaker's side holds out in so many words, with no condition needed to tell it from a forecast
_PENALTY_ACTS = re.compile(r"(?:retaliate|respond|act|take|impose|suspend|cut|halt|stop|sever|expel|close|freeze|block|"
                           r"review|reconsider|downgrade|recall|withdraw|sue|use|strike|hit|target|punish|arrest|"
                           r"detain|seize|ban|sanction|veto|terminate|cancel|revoke|scrap|bar)$")
_CONDITION = re.compile(r"\b(?:if|unless|otherwise|or\s+else)\b", re.I)
# "warning that those responsible / its officials could face sanctions": harm to the addressee's people
_ADDRESSEE_HARMED = re.compile(r"^\s+(?:that\s+)?(?:those\s+(?:responsible|involved)|(?:its|their)\s+(?:[\w\-]+\s+){1,2}?"
                               r"(?:leaders|officials|managers|commanders|members|crews|executives|ships|vessels|"
                               r"companies|firms|assets)|they|it)\s+(?:would|will|could|might)\s+(?:also\s+)?"
                               r"(?:face\s+(?:[\w\-]+\s+){0,2}?" + _MEASURE_NOUN + r"|be\s+(?:punished|prosecuted|"
                               r"sanctioned|targeted|expelled|detained|arrested|held\s+(?:accountable|responsible)))\b",
                               re.I)

def _is_threat(tail: str, verb: str, side: set[str], names: dict[str, str]) -> bool:
    """Whether the words after a demand's ", threatening" / "and warned" hold out a threat from the demander's side
    (``side``: the demander and the state it serves; ``names``: surface forms of the sentence's mentions -> entity)."""
    if verb.startswith("threat"):
        return bool(_THREATENED_WITH.match(tail))
    if _WARNED_OF.match(tail) or _ADDRESSEE_HARMED.match(tail):
        return True
    acts = _SIDE_ACTS.match(tail)
    if acts is None or _NO_PENALTY.match(acts.group("act").lower()):
        return False
    subj = acts.group("subj")
    if subj[:1].isupper() and subj.lower() not in ("it", "they", "we", "he", "she", "his", "her", "its", "their",
                                                   "our", "the"):
        if names.get(subj) not in side:
            return False  # "warning that Russia could exploit ...": a third party's act, a forecast
    clause = tail[acts.end():].split(";")[0]
    return bool(_PENALTY_ACTS.match(acts.group("act").lower()) or _CONDITION.search(clause))


def demand_threats(raw: list[RawRelation], mentions: dict[int, list[Mention]]) -> list[RawRelation]:
    """``raw`` with a THREATENS added (or a discourse-settled one re-aimed) for each demand whose clause goes on to a
    threat; ``mentions``: the entity table's mentions by ``id`` of their sentence."""
    states: dict[str, set[str]] = {}
    for r in raw:
        if r.type in ("LEADS", "HOLDS_POSITION") and r.source and r.target and r.target.startswith("Country:"):
            states.setdefault(r.source, set()).add(r.target)
    have = {(id(r.sentence), r.source, r.target) for r in raw if r.type == "THREATENS"}
    added: list[RawRelation] = []
    for r in raw:
        if r.type != "DEMANDS" or not r.source or not r.target or r.source == r.target:
            continue
        text = r.sentence.text
        if not has_part(text, _TAIL_PARTS) or (id(r.sentence), r.source, r.target) in have:
            continue
        tail = _TAIL.search(text, r.trigger_start + len(r.trigger_text))
        if tail is None or ";" in text[r.trigger_start : tail.start()] \
                or re.search(r"\b(?:said|says|told)\b", text[r.trigger_start : tail.start()]):
            continue  # ("X demanded ..., Y said, warning ...": the warning is the speaker's)
        names = {m.surface: m.entity for m in mentions.get(id(r.sentence), []) if m.entity}
        side = {r.source} | states.get(r.source, set())
        if not _is_threat(text[tail.end():], tail.group("verb").lower(), side, names):
            continue
        settled = next((t for t in raw if t.type == "THREATENS" and t.sentence is r.sentence and t.source == r.source
                        and t.props.get("target") == "discourse"), None)
        if settled is not None:  # "warned that Baku would retaliate": aimed by discourse at whoever acted last
            have.add((id(r.sentence), settled.source, r.target))
            settled.target = r.target
            continue
        threat = copy.copy(r)
        threat.props = {k: v for k, v in r.props.items() if k not in ("release_of", "event", "event_at")}
        threat.type, threat.trigger_start, threat.trigger_text = "THREATENS", tail.start("verb"), tail.group("verb")
        threat.confidence = round(min(r.confidence, 0.6), 3)
        have.add((id(r.sentence), r.source, r.target))
        added.append(threat)
    if not added:
        return raw
    return sorted(raw + added, key=lambda x: x.sentence.index)
