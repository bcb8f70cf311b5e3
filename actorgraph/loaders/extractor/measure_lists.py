"""Targets of a measure named in a later sentence.

Wire copy often announces a measure against people or firms it only describes ("imposed sanctions on three
senior figures ...", "on its alleged leader and two companies") and names them in the next sentence:
"The Treasury named X, Y and Z", "Those targeted are X, Y and Z", "Among those designated were X and Y".
Each actor named in such a listing sentence receives the announced measure, from the announcing actor."""

from __future__ import annotations

import copy
import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_MEASURES = ("SANCTIONS", "DESIGNATES")
_VERB = r"(?:targeted|sanctioned|blacklisted|designated|named|listed|penali[sz]ed|hit)"
# "Those targeted are ...", "The companies sanctioned include ...", "Among those named were ..."
_PASSIVE_LIST = re.compile(rf"^(?:those|the (?:people|individuals|companies|firms|entities|officials|men|"
                           rf"businesses|others))\s+(?:{_VERB}\s+)?(?:by \w+\s+)?(?:are|were|include|included)\b"
                           rf"|^among (?:those|them|the (?:people|individuals|companies|firms|entities|others))"
                           rf"(?:\s+{_VERB})?\s+(?:is|are|was|were)\b", re.I)
# "<subject> (on Monday) named ...": the listing verb right after the sentence's opening subject
_ACTIVE_LIST = re.compile(r"^(?:\s+on\s+\w+)?\s+(?:also\s+)?(?P<verb>named|listed|identified|targeted)\b")
_SANCTION_VERB = re.compile(r"targeted|sanctioned|blacklisted|penali[sz]ed|hit")
_RELATIVE = re.compile(r",\s+(?:whose|which|who)\b")
_ALIAS = re.compile(r"(?:known|referred to) as\s+[\"“]?$")
_ACCUSED_THEM = re.compile(r"\baccus(?:ing|ed)\s+(?:them|the\s+\w+)\s+of\b", re.I)


def listed_targets(raw: list[RawRelation], sentences: list[Sentence],
                   mentions: dict[int, list[Mention]]) -> list[RawRelation]:
    """New relations giving the measure announced in one of the two sentences before a listing sentence to
    each person, organisation or group the listing names."""
    out: list[RawRelation] = []
    for idx, sent in enumerate(sentences):
        ms = mentions.get(id(sent), [])
        start = _listing_start(sent, ms)
        if start is None:
            continue
        measure = _announced_measure(raw, sentences[max(0, idx - 2) : idx], sent)
        if measure is None:
            continue
        subject = ms[0] if ms and ms[0].start - sent.start < 5 else None
        if subject is not None and subject.kind == "Country" and subject.entity != measure.source:
            continue  # "The Chinese ministry named ..." after an EU measure: China's own list, not the EU's
        sanction_verb = _SANCTION_VERB.search(sent.text[:start].lower())
        types = ["SANCTIONS"] if sanction_verb and measure.type == "DESIGNATES" else [measure.type]
        if _ACCUSED_THEM.search(measure.sentence.text):
            types.append("ACCUSES")  # "imposed sanctions on ..., accusing them of ..."
        relative = _RELATIVE.search(sent.text, start)  # "..., whose firm X was also blacklisted": not accused
        for m in ms:
            at = m.start - sent.start
            if at < start or m.kind not in ("Person", "Organization", "Group") or not m.entity \
                    or m.entity == measure.source or _ALIAS.search(sent.text[max(0, at - 14) : at]):
                continue
            for rel_type in types:
                if rel_type == "ACCUSES" and relative and at > relative.start():
                    continue
                rel = copy.copy(measure)
                rel.props = {k: v for k, v in measure.props.items() if k in ("date", "date_precision")}
                rel.props["target"] = "listed"
                rel.type, rel.target, rel.sentence = rel_type, m.entity, sent
                rel.trigger_start, rel.trigger_text = 0, sent.text[:start].strip() or measure.trigger_text
                rel.confidence = round(measure.confidence * 0.8, 3)
                out.append(rel)
    return out


def _listing_start(sent: Sentence, ms: list[Mention]) -> int | None:
    """Where the list of names begins (offset in the sentence), when the sentence is a listing."""
    hit = _PASSIVE_LIST.match(sent.text)
    if hit:
        return hit.end()
    first = ms[0] if ms else None
    if first is None or first.kind not in ("Organization", "Country") or first.start - sent.start > 4:
        return None
    act = _ACTIVE_LIST.match(sent.text[first.end - sent.start :])
    return first.end - sent.start + act.end() if act else None


def _announced_measure(raw: list[RawRelation], before: list[Sentence], listing: Sentence) -> RawRelation | None:
    """The latest explicit sanction or designation, by a known actor, in the sentences just before."""
    starts = {s.start for s in before if not s.headline}
    found = [r for r in raw if r.type in _MEASURES and r.source and not r.implicit and r.sentence.start in starts
             and r.sentence.paragraph >= listing.paragraph - 1]
    return found[-1] if found else None
