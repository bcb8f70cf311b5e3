"""Denials made by characterising a charge: "X's lawyer said the charges were fabricated", "X said the Chinese
accusation was 'factually wrong'" -> X DENIES the accuser (named as a demonym there, else found in discourse)."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS, CLAIM_DENIED_BY
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence, has_part

_SPEECH = re.compile(r"\b(?:said|says|insisted|insists|maintained|maintains|added|argued|told\s+\w+)\b", re.I)
# what calls a charge false: "fabricated", "baseless", '"pure fabrication"', "without foundation"
_FALSE = (r"(?:\w+ly\s+)?[\"“]?(?:an?\s+|pure\s+|completely\s+)?"
          r"(?:fabricat\w*|false|baseless|unfounded|groundless|untrue|lies|a\s+lie|absurd|nonsense|slander\w*|fiction|"
          r"made\s+up|invented|politically\s+motivated|factually\s+wrong|wrong|trumped[\s-]up|unsubstantiated|"
          r"spurious|bogus|without\s+(?:any\s+)?(?:foundation|basis|merit))\b")
# "(said ... (and) that) the Chinese accusation was 'factually wrong'", "the charges were fabricated"
_CHARGE_FALSE = re.compile(
    r"\b(?:said|says|insisted|insists|maintained|maintains|added|argued|that)\s+(?:(?:the|these|those|all)\s+)?"
    r"(?P<np>(?:[\w\-]+\s+){0,2}?)(?:charges?|accusations?|allegations?|claims?|case)"
    r"(?:\s+against\s+(?:him|her|them|it|the\s+\w+))?\s+"
    r"(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+" + _FALSE, re.I)
# "..., a claim the embassy called 'groundless'", "..., an accusation Lima described as fabricated": the one who
#   characterises the charge in the clause closing the sentence denies it (whom it answers: discourse)
# a charge named in an apposition closing the sentence: ", a claim ...", ", the accusations ..."
CLAIM_APPOSED = r",\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?:charges?|accusations?|allegations?|claims?)"
_CLAIM_CALLED = re.compile(
    CLAIM_APPOSED + r"\s+(?:that\s+|which\s+)?"
    r"(?P<who>(?:[\w\-.’']+\s+){1,5}?)(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?"
    r"(?P<verb>called|calls|described\s+as|describes\s+as|branded|brands|termed|terms|labell?ed)\s+" + _FALSE, re.I)
_DENIED_BY = ("denied by", "rejected by", "dismissed by", "disputed by", "refuted by")
_CLAIMED = re.compile(r"\b(?:claimed|claims|said|says|alleged|alleges|suggested|suggests|accused|accuses|blamed|blames)\b")
_CHARGE_PARTS = ("charge", "accusation", "allegation", "claim", "case")
_CHARGE_WORD = re.compile("|".join(_CHARGE_PARTS), re.I)
_FOR_CLIENT = re.compile(r"['’]s?\s+(?:lawyers?|attorneys?|counsel|spokes(?:man|woman|person)|office|representatives?|"
                         r"family|defen[cs]e\s+team)\s*,?\s*$", re.I)


def characterised_denials(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = denied_by(sent, ms) if "ed by " in text and contains_any(text, _DENIED_BY) else []
    if not has_part(text, _CHARGE_PARTS) or not _CHARGE_WORD.search(text):
        return out
    for hit in _CHARGE_FALSE.finditer(text):
        verbs = list(_SPEECH.finditer(text, 0, hit.start("np")))
        if not verbs:
            continue
        at = verbs[-1].start()
        client = next((m for m in reversed(ms) if m.end - base <= at and m.possessive
                       and _FOR_CLIENT.search(text[m.end - base : at])), None)
        agent = client or main_subject(ms, text, base, at)
        if agent is None or agent.kind not in ACTOR_KINDS:
            continue
        np_start, np_end = hit.start("np"), hit.end("np")
        accuser = next((m for m in ms if np_start <= m.start - base and m.end - base <= np_end + 1
                        and m.kind in ("Country", "Organization")), None)  # "the Chinese accusation"
        rel = RawRelation(agent.entity, "DENIES", accuser.entity if accuser else None, sent, at,
                          hit.group(0)[:80], RelationStatus.ASSERTED, 0.6, needs_partner=accuser is None)
        out.append(rel)
    for hit in _CLAIM_CALLED.finditer(text):
        who = next((m for m in ms if hit.start("who") <= m.start - base < hit.end("who")), None)
        if who is None or who.kind not in ACTOR_KINDS:
            continue
        out.append(RawRelation(who.entity, "DENIES", None, sent, hit.start("verb"), hit.group(0)[2:80],
                               RelationStatus.ASSERTED, 0.6, needs_partner=True))
    return out


def denied_by(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """ "A claimed ..., a suggestion flatly denied by B's spokeswoman, C" -> C DENIES A (the claim's author, the
    subject of the speech or accusing verb before; else found in discourse), not whoever the claim named."""
    text, base = sent.text, sent.start
    out: list[RawRelation] = []
    for hit in CLAIM_DENIED_BY.finditer(text):
        who = _denier_named_by(ms, base, hit.end())
        if who is None:
            continue
        said = list(_CLAIMED.finditer(text, 0, hit.start()))  # "He also claimed X ..., a suggestion denied by Y": he
        author = main_subject(ms, text, base, said[-1].start()) if said else None
        author = author if author is not None and author.kind in ACTOR_KINDS and author.entity != who.entity else None
        out.append(RawRelation(who.entity, "DENIES", author.entity if author else None, sent, hit.start("verb"),
                               hit.group(0)[2:80], RelationStatus.ASSERTED, 0.6, needs_partner=author is None))
    return out


def _denier_named_by(ms: list[Mention], base: int, at: int) -> Mention | None:
    """The actor right after "denied by": "X's spokeswoman, Y" is Y, the one who spoke."""
    after = [m for m in ms if m.start - base >= at]
    if not after or after[0].start - base - at > 30 or after[0].kind not in ACTOR_KINDS:
        return None
    if after[0].possessive and len(after) > 1 and after[1].kind == "Person" and after[1].start - after[0].end < 40:
        return after[1]
    return after[0]
