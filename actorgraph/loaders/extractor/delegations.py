"""Meetings with a delegation, a mission or a visiting official, whom English names by the state that sent them
or by the person who leads them:

    "President X assured a visiting Indian delegation that ..."        -> X MEETS_WITH India
    "Premier X received a visiting US special envoy, Y, on Monday"     -> X MEETS_WITH Y
    "Foreign Minister X met a US delegation led by Assistant Secretary Y" -> X MEETS_WITH Y
    "an IMF mission led by Y is expected in Dakar in June"              -> Y MEETS_WITH Senegal (hypothetical)

The delegation itself is no actor; its leader, when named, is the one met (as a meeting with "a delegation led
by the foreign minister" is a meeting with the minister), else the state its demonym names."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence

_PARTY = r"(?:delegation|team|mission|envoy|special envoy|emissary|official|minister|diplomat|counterpart)"
# "assured a visiting Indian delegation", "met a visiting US special envoy, Y," (not "delivered by a visiting ...":
#   whom the envoy met, the passive does not say)
_VISITING = re.compile(rf"(?<!\bby )\b(?:a|the)\s+visiting\s+(?P<dem>[A-Z][\w.\-]*)\s+(?:[a-z][\w\-]*\s+){{0,2}}?{_PARTY}\b"
                       r"(?P<named>\s*,\s+)?")
# "met a US delegation led by Y", "received a Chinese team headed by Y"
_MET_LED = re.compile(r"\b(?:met|meets|meet|meeting|received|receives|hosted|hosts|welcomed)\s+(?:with\s+)?(?:an?|the)\s+"
                      r"(?:[A-Za-z][\w.\-]*\s+){0,3}?(?:delegation|team|mission)\s+(?:led|headed)\s+by\s+")
# "an IMF mission led by Y is expected in Dakar", "a delegation headed by Y will visit Kampala"
_LED_VISIT = re.compile(r"\b(?:delegation|team|mission)\s+(?:led|headed)\s+by\s+(?P<who>[^,;.]{3,80}?)\s+"
                        r"(?:is|are|was|were)\s+(?:due|expected|scheduled|set)\s+(?:in|to\s+(?:visit|arrive\s+in|"
                        r"travel\s+to))\s+")
_NEEDS = re.compile(r"visiting|(?:led|headed)\s+by")  # cheap guard: admits all the patterns above admit
# "Assistant Secretary of State ", "Japan's Deputy Foreign Minister "
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.\-]*(?:['’]s)?\s+(?:of\s+)?){0,6}")
_ADVERB_GAP = re.compile(r"\s*,?\s+(?:[a-z]+ly\s+|also\s+|on\s+\w+\s+)?")
_VERB_GAP = re.compile(r"\s*,?\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|have\s+)?[a-z]+(?:ed|s)?\s+(?:on\s+\w+\s+)?(?:with\s+)?")


def delegation_meetings(sent: Sentence, mentions: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    """``found``: the sentence's relations so far; "an IMF mission led by Y is expected in Z" drops the IMF's own
    visit, Y's being the one meant."""
    text, base = sent.text, sent.start
    if "visiting" not in text and ("by" not in text or not _NEEDS.search(text)):
        return []  # (_NEEDS finds "visiting" or "led by" / "headed by")
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []

    def at(pos: int) -> Mention | None:  # the mention at ``pos``, or after a capitalised title ("Assistant Secretary")
        return next((m for m in ms if m.end - base > pos and _TITLE_WORDS.fullmatch(text[pos : max(pos, m.start - base)])
                     and not (m.possessive and m.kind == "Country")), None)  # (not "Japan's" in "Japan's minister X")

    def host_of(pos: int, gap: re.Pattern[str]) -> Mention | None:  # "X assured a visiting ...": the verb's subject
        return next((m for m in reversed(ms) if m.end - base <= pos and gap.fullmatch(text[m.end - base : pos])),
                    None)  # (not "the offer, which a visiting envoy had delivered": the visitor is no object)

    def emit(a: Mention | str | None, b: Mention | str | None, s: int, trigger: str) -> None:
        ka = a.entity if isinstance(a, Mention) else a
        kb = b.entity if isinstance(b, Mention) else b
        if ka and kb and ka != kb:
            out.append(RawRelation(ka, "MEETS_WITH", kb, sent, s, trigger, status_of(text, 0, s, "MEETS_WITH"), 0.6))

    for hit in _VISITING.finditer(text):
        form = lexicon().country_at([hit.group("dem")], 0)
        state = f"Country:{normalize_name(form[1].country)}" if form else None
        named = at(hit.end()) if hit.group("named") else None
        visitor = named if named is not None and named.kind == "Person" else state
        host = host_of(hit.start(), _VERB_GAP)
        if host is None or host.kind not in ("Person", "Country", "Organization") or host.entity == state:
            continue
        emit(host, visitor, hit.start(), hit.group(0).strip(" ,"))
    for hit in _MET_LED.finditer(text):
        leader = at(hit.end())
        host = host_of(hit.start(), _ADVERB_GAP)
        if leader is not None and leader.kind == "Person" and host is not None:
            emit(host, leader, hit.start(), hit.group(0).strip())
    for hit in _LED_VISIT.finditer(text):
        leader = at(hit.start("who"))
        place = next((m for m in ms if m.start - base == hit.end() and m.kind == "Country"), None)
        if leader is not None and leader.kind == "Person" and place is not None:
            found[:] = [r for r in found if not (r.type == "MEETS_WITH" and r.target == place.entity
                                                  and r.trigger_start > hit.start() and r.source != leader.entity)]
            out.append(RawRelation(leader.entity, "MEETS_WITH", place.entity, sent, hit.start(), hit.group(0).strip(),
                                   RelationStatus.HYPOTHETICAL, 0.55))
    return out
