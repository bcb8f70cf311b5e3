"""Stances told with the one who takes them after the act: "The ban was welcomed by the ruling party", "The arrest was
condemned by rights groups", "The ruling drew an immediate rebuke from the US embassy", "The contract has also drawn
criticism from Washington". The sentence opens with an act named by its noun (a ban, an arrest, a ruling, a deal ...);
whoever welcomes or praises it SUPPORTS, and whoever condemns, criticises or rebukes it ACCUSES, the one who did the act,
found in discourse exactly as for "welcomed the ban" or "condemned the arrest"."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import EVENT_NOUNS
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_part

_EVENTS = {k: re.compile(rf"(?:{v})", re.I) for k, v in EVENT_NOUNS.items()}
_NOUN = "|".join(v for v in EVENT_NOUNS.values())
_PRAISE = "welcomed|praised|backed|endorsed|hailed|applauded|supported|lauded"
_BLAME = "condemned|criticised|criticized|denounced|decried|slammed|deplored|censured"
_STANCE = re.compile(
    rf"^(?:but\s+|however,\s+)?(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{_NOUN})"
    rf"(?:,[^,;]{{1,80}},)?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:also\s+)?"
    rf"(?:(?P<praised>{_PRAISE})|(?P<blamed>{_BLAME}))\s+by"
    rf"|(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:drew|drawn|draws|prompted|sparked|triggered|provoked|won|received)\s+"
    rf"(?:an?\s+)?(?:[\w\-]+\s+)?(?:(?P<praise>praise|support|backing)|(?P<blame>criticism|condemnation|rebukes?|outrage))"
    rf"\s+from)\s+", re.I)
_CUES = ("welcom", "prais", "back", "endors", "hail", "applaud", "support", "laud", "condemn", "critic", "denounc",
         "decr", "slam", "deplor", "censur", "rebuke", "outrage")


def passive_stances(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text = sent.text
    if sent.headline or not has_part(text, _CUES):
        return []
    hit = _STANCE.match(text)
    if hit is None:
        return []
    taker = next((m for m in mentions if m.entity and m.kind in ("Person", "Organization", "Country", "Group")
                  and 0 <= m.start - sent.start - hit.end() <= 4), None)  # "by the civil society group X": X
    if taker is None:
        taker = next((m for m in mentions if m.entity and m.kind in ("Person", "Organization", "Country", "Group")
                      and 0 <= m.start - sent.start - hit.end() <= 40 and "," not in
                      text[hit.end() : m.start - sent.start]), None)
    if taker is None:
        return []
    event = next(k for k, rx in _EVENTS.items() if rx.fullmatch(hit.group("noun")))
    rel_type = "SUPPORTS" if hit.group("praised") or hit.group("praise") else "ACCUSES"
    return [RawRelation(taker.entity, rel_type, None, sent, hit.start("noun"), hit.group(0).strip()[:80],
                        RelationStatus.ASSERTED, 0.6, needs_partner=True, props={"event": event})]
