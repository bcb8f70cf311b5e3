"""An arrest made on someone else's warrant: "X was arrested in Germany on an ICC warrant", "police detained X on a
warrant issued by Peru", "... on Peru's arrest warrant" -> besides the arresting state's COERCES, the warrant's
issuer INVESTIGATES X (as "the ICC issued a warrant for X" reads; dev gold gives a warrant INVESTIGATES)."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

# the warrant phrase after the arrest: "on an ICC warrant", "on Peru's arrest warrant", "under a warrant issued by"
_ON_WARRANT = re.compile(r"\b(?:on|under|pursuant\s+to|in\s+execution\s+of)\s+(?:an?\s+|the\s+)?(?P<head>[^,;.]{0,40}?)"
                         r"(?:international\s+|european\s+)?(?:arrest\s+)?warrants?\b(?P<by>\s+issued\s+by\s+(?:the\s+)?)?")
_ARREST = re.compile(r"arrest|detain|held|hold|captur|extradit|seiz|pick|apprehend|custody", re.I)
_ISSUERS = ("Country", "Organization")
_REACH = 120  # characters from the arrest to its warrant


def warrant_arrests(sent: Sentence, mentions: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    text, base = sent.text, sent.start
    if "warrant" not in text:
        return []
    out: list[RawRelation] = []
    for r in found:
        if r.type != "COERCES" or not r.target or not _ARREST.search(r.trigger_text) or r.sentence is not sent:
            continue
        at = r.trigger_start + len(r.trigger_text)
        on = _ON_WARRANT.search(text, at, at + _REACH)
        if on is None or ";" in text[at : on.start()]:
            continue
        issuer = _issuer(mentions, base, on)
        if issuer is None or issuer.entity in (r.source, r.target):
            continue
        rel = RawRelation(issuer.entity, "INVESTIGATES", r.target, sent, on.start(), on.group(0).strip(),
                          RelationStatus.ASSERTED, 0.55)
        rel.props["background"] = "1"  # the sentence's day is the arrest's, not the warrant's
        out.append(rel)
    return out


def _issuer(mentions: list[Mention], base: int, on: re.Match[str]) -> Mention | None:
    """The body or state named in the warrant phrase: its modifier ("an ICC warrant", "Peru's warrant") or the
    agent after "issued by"."""
    if on.group("by"):
        return next((m for m in mentions if m.start - base == on.end() and m.kind in _ISSUERS and m.entity), None)
    head_end = on.start("head") + len(on.group("head").rstrip())
    return next((m for m in mentions if on.start("head") <= m.start - base and m.end - base <= head_end + 2
                 and m.kind in _ISSUERS and m.entity), None)
