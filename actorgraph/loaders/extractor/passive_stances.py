"""A stance on an act told in the passive, the act opening the sentence: "The arrest was welcomed by the civil society
group X", "The ban was welcomed by the ruling Y Party, whose ...", "The move was rejected by Z" -> X SUPPORTS, Z
REJECTS whoever did the act (found in discourse, as for "Z rejected the move"). The stance-taker is the name right
after "by" (past a few lower-case words describing it), ending its phrase: "by the most influential Druze leader,
X" names no one here."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS, EVENT_NOUNS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_STANCES = {"rejected": "REJECTS", "dismissed": "REJECTS", "opposed": "REJECTS", "protested": "PROTESTS",
            "condemned": "ACCUSES", "denounced": "ACCUSES", "criticised": "ACCUSES", "criticized": "ACCUSES",
            "welcomed": "SUPPORTS", "praised": "SUPPORTS", "hailed": "SUPPORTS"}
_ACT_KINDS = ("COERCES", "INVESTIGATES", "ATTACKS", "DESIGNATES", "SANCTIONS", "MOBILIZES_AGAINST", "ANY")
_ACT_NOUNS = {"COERCES": EVENT_NOUNS["COERCES"], "ANY": EVENT_NOUNS["ANY"] + r"|appointment|nomination"}
_PASSIVE = re.compile(
    r"^(?:the|this|that|these|those)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<noun>"
    + "|".join(f"(?P<{k}>{_ACT_NOUNS.get(k, EVENT_NOUNS[k])})" for k in _ACT_KINDS)
    + r")\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?P<verb>" + "|".join(_STANCES)
    + r")\s+by\s+(?:the\s+|an?\s+)?(?:[a-z][\w\-]*\s+){0,4}?$", re.I)
_PHRASE_END = re.compile(r"\s*(?:[,.;:]|$|\s(?:whose|which|who|and|on|in|after|as)\b)")


def passive_stances(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if sent.headline or " by " not in text:
        return []
    for m in resolved_in_order(mentions):
        hit = _PASSIVE.match(text[: m.start - base])
        if hit is None:
            continue
        if m.kind not in ACTOR_KINDS or not m.entity \
                or not _PHRASE_END.match(text, m.end - base):
            return []
        kind = next(k for k in _ACT_KINDS if hit.group(k))
        return [RawRelation(m.entity, _STANCES[hit.group("verb").lower()], None, sent, hit.start("verb"),
                            hit.group("verb"), RelationStatus.ASSERTED, 0.6, needs_partner=True,
                            props={"event": kind, "event_at": str(hit.start("noun"))})]
    return []
