"""Criticism joined to a demand: "X condemned the raid and called on Y to free the men", "X said it was
troubled by the verdict and urged Y to ...", "X said the strikes were 'a flagrant violation' and demanded that
Y halt them" -> X ACCUSES Y as well as DEMANDS of Y. The speaker's own clause judges an act and, in the same
breath, asks its author to undo it, so the one addressed is the one criticised."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

# a judgement of an act: a censuring verb, the speaker's alarm, or a damning characterisation
_CRITICISM = re.compile(
    r"\b(?:condemn\w*|denounc\w*|criticis\w*|criticiz\w*|deplor\w*|decr(?:y|ies|ied)|lambast\w*|slamm?(?:ed|s)|"
    r"(?:deeply\s+|very\s+|gravely\s+|seriously\s+)?(?:troubled|alarmed|dismayed|appalled|outraged|disturbed)|"
    r"(?:expressed|voiced|raised)\s+(?:\w+\s+)?(?:concern|alarm|dismay|outrage)|concerned\s+(?:about|over|at|by)|"
    r"violat\w*|breach(?:ed|es)?\s+of|illegal|illegitimate|unlawful|arbitrary|unacceptable|outrageous|"
    r"bullying|aggression|provocation|piracy|unjust\w*|abus(?:e|ive))\b", re.I)
# the demand verb is the second conjunct of the speaker's clause: "... and (again) called on"
_AND_BEFORE = re.compile(r"\b(?:and|then)\s+(?:also\s+|again\s+|then\s+|later\s+|\w+ly\s+)?$", re.I)
# the criticism must stay in the speaker's clause: no second speaker or a new sentence-like clause in between
_OTHER_CLAUSE = re.compile(r"[;:]|\b(?:but|while|whereas|although|which|who)\b", re.I)
_KEPT = (RelationStatus.ASSERTED, RelationStatus.REPORTED)
# "demanded that X be freed": X is who the demand is for, not whom it is made of
_PASSIVE_SUBJUNCTIVE = re.compile(r"^(?:['’]s)?\s+(?:\w+ly\s+)?be\s+\w+", re.I)
_STATES = ("Country", "Organization")


def criticism_with_demand(sent: Sentence, found: list[RawRelation], mentions: list[Mention]) -> list[RawRelation]:
    """ACCUSES for each DEMANDS of this sentence whose verb follows, in the speaker's clause and joined by
    "and", a criticism of what the one addressed did. Not when the one addressed is asked to act on another
    state or organisation ("condemned the strike and asked France to pressure Israel": Israel is criticised)."""
    text, base = sent.text, sent.start
    ms = sorted((m for m in mentions if m.entity), key=lambda m: m.start)
    out: list[RawRelation] = []
    have = {(r.source, r.target) for r in found if r.type == "ACCUSES"}
    for r in found:
        if r.type != "DEMANDS" or not r.source or not r.target or r.status not in _KEPT or r.sentence is not sent:
            continue
        if (r.source, r.target) in have or not _AND_BEFORE.search(text[: r.trigger_start]):
            continue
        clause_start = _clause_start(text, r.trigger_start)
        cue = None
        for hit in _CRITICISM.finditer(text, clause_start, r.trigger_start):
            cue = hit
        if cue is None or _OTHER_CLAUSE.search(text, cue.end(), r.trigger_start):
            continue
        addressed = [m for m in ms if m.entity == r.target and m.start - base > r.trigger_start]
        if not addressed or _PASSIVE_SUBJUNCTIVE.match(text[addressed[0].end - base :]):
            continue
        addressees = {x.target for x in found if x.type == "DEMANDS" and x.trigger_start == r.trigger_start}
        end = _clause_end(text, addressed[0].end - base)
        if any(m.kind in _STATES and m.entity != r.source and m.entity not in addressees
               and r.trigger_start < m.start - base < end for m in ms):
            continue
        rel = RawRelation(r.source, "ACCUSES", r.target, sent, cue.start(), cue.group(0)[:60], r.status, 0.55)
        rel.props["criticism"] = "with-demand"
        have.add((r.source, r.target))
        out.append(rel)
    return out


def _clause_end(text: str, start: int) -> int:
    found = re.search(r"[;:.]\s|,\s+(?:but|while|whereas|saying|adding)\b", text[start:])
    return start + found.start() if found else len(text)


def _clause_start(text: str, end: int) -> int:
    """Where the speaker's clause begins: after the last semicolon or sentence-internal full stop before ``end``."""
    cut = max(text.rfind(";", 0, end), text.rfind(". ", 0, end))
    return cut + 1 if cut >= 0 else 0
