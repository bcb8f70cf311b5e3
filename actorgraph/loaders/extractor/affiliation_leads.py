"""A person leading a body told by a verb of leading whose object or agent stands apart from the verb:
"Y, led by former journalist X, said", "Y, the state oil company headed by X", "X led a militia known as
the Y", "X heads the state fuel company, the Y" -> X LEADS Y."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention, titled_start
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_WORD = r"(?:(?!(?:of|for|in|on|to|by|with|and|or|but|who|which|that|from|against|at)\s)[a-z][\w\-’']*\s+)"
# leading a delegation, talks or an inquiry is not leading the body named after it
_NOT_A_BODY = re.compile(r"\b(?:delegations?|team|talks|negotiations|session|round|meeting|visit|trip|effort|"
                         r"campaign|investigation|inquiry|probe|push|list|protests?|march|raid|attack|assault)\b", re.I)
# "Y, led by former journalist X" / "Y, the state oil company headed by X" (between Y and X's name or title)
_LED_BY = re.compile(rf"\s*(?:\([^)]{{1,12}}\)\s*)?,\s+(?:(?:the|an?)\s+{_WORD}{{0,4}})?(?:(?:currently|now|still|"
                     rf"long)\s+)?(?:led|headed|chaired|commanded|run|directed)\s+by\s+(?:the\s+)?(?:[A-Z][a-z\-]+\s+)?{_WORD}{{0,3}}", re.I)
_DEMONYM = re.compile(r"[A-Z][a-z\-]+(?:an|ian|ese|ish|i|ic)\b")  # "Kenyan (police)", "Ghanaian", "Congolese", "Turkish"
# "X led a militia known as the Y" / "X heads the state fuel company, the Y" (between X and Y)
_LEADS_DESCRIBED = re.compile(rf"\s*,?\s+(?:who\s+)?(?:(?:also|now|still|currently|once|later|has|had)\s+)*"
                              rf"(?:leads|led|heads|headed|chairs|chaired|commands|commanded|runs|ran|directs|"
                              rf"directed)\s+(?:the|an?|his|her)\s+(?:{_WORD}{{0,4}}?[a-z][\w\-]*\s*,\s+(?:the\s+)?|"
                              rf"{_WORD}{{0,4}}?(?:known\s+as|called|named)\s+(?:the\s+)?)", re.I)


def described_leaders(sent: Sentence, ms: list[Mention]) -> list[RawRelation]:
    """``ms``: the sentence's resolved mentions in text order."""
    text, base, out = sent.text, sent.start, []
    for k, (a, b) in enumerate(zip(ms, ms[1:], strict=False)):
        if b.kind == "Country" and a.kind == "Organization" and k + 2 < len(ms) and ms[k + 2].kind == "Person" \
                and b.surface != b.name and _DEMONYM.match(b.surface):
            b = ms[k + 2]  # "Y, commanded by Kenyan police officer X": past the demonym of X's title
        start = titled_start(sent, b)
        gap = text[a.end - base : start - base]
        if a.kind == "Organization" and b.kind == "Person" and _LED_BY.fullmatch(gap):
            leader, body = b, a
        elif a.kind == "Person" and b.kind == "Organization" and (hit := _LEADS_DESCRIBED.fullmatch(
                text[a.end - base : b.start - base])) and not _NOT_A_BODY.search(hit.group(0)):
            leader, body = a, b
        else:
            continue
        if leader.entity and body.entity and leader.entity != body.entity:
            out.append(RawRelation(leader.entity, "LEADS", body.entity, sent, 0, gap.strip(" ,"),
                                   RelationStatus.ASSERTED, 0.65))
    return out
