"""A charge told only inside its denial: "X denied claims by Y that Z had ...", "rejected allegations from Y",
"dismissed criticism from Y, a rights group that says ..." -> Y ACCUSES the one it charged: the party the "that"
clause names when it is the denier's side (none when it names another), else the state an official denier speaks
for, else the denier."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.imputed_charges import with_sentence_posts
from actorgraph.loaders.extractor.mentions import Mention, start_ordered
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

# the denial's verb, the charge, then its author ("denied claims by", "rejected the allegations from", "dismissed
#   criticism from the opposition")
_CHARGE_BY = re.compile(r"^[\w\-]+\s+(?:the\s+|these\s+|those\s+|renewed\s+|fresh\s+)?(?:[\w\-]+\s+){0,2}?"
                        r"(?:claims?|criticism|allegations?|accusations?|charges?|complaints?|assertions?)\s+"
                        r"(?:by|from)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
# the charge's content: "... that Armenia had agreed", "..., a rights group that says X has ..."
_THAT = re.compile(r"^[^;:.]{0,90}?\bthat\s+(?:(?:says?|said|claims?|alleges?)\s+(?:that\s+)?)?(?:the\s+)?$")
_ACTORS = ("Person", "Organization", "Country")


def embedded_charges(sent: Sentence, mentions: list[Mention], found: list[RawRelation],
                     affiliation: dict[str, str]) -> list[RawRelation]:
    """``affiliation``: person -> the country they lead or serve (with the sentence's own titles in ``found``)."""
    text, base = sent.text, sent.start
    ms = start_ordered([m for m in mentions if m.entity and m.kind in _ACTORS])
    serves = with_sentence_posts(affiliation, found, set())
    out: list[RawRelation] = []
    for r in found:
        if r.type not in ("DENIES", "REJECTS") or not r.source or not r.target \
                or r.status not in (RelationStatus.ASSERTED, RelationStatus.REPORTED):
            continue
        after = r.trigger_start
        author = next((m for m in ms if m.start - base > after and m.entity == r.target), None)
        if author is None or not _CHARGE_BY.match(text[after : author.start - base]):
            continue
        side = {r.source, serves.get(r.source)}
        named = next((m for m in ms if m.start > author.end and _THAT.match(text[author.end - base : m.start - base])),
                     None)
        if named is not None and named.entity not in side:
            continue  # "rejected criticism from Y that Z had ...": whom Y charged is not plain
        accused = named.entity if named is not None else serves.get(r.source) or r.source
        if accused and accused != r.target:
            out.append(RawRelation(r.target, "ACCUSES", accused, sent, author.start - base, author.surface,
                                   RelationStatus.ASSERTED, round(r.confidence * 0.8, 3)))
    return out
