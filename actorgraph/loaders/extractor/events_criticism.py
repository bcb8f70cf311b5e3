"""Accusations and demands that a speaker's words imply of each other:

- criticism joined to a demand: "X condemned the raid and called on Y to free the men", "X said it was troubled
  by the verdict and urged Y to ..." -> X ACCUSES Y as well as DEMANDS of Y (the one addressed is the one
  criticised);
- a rejection that turns the charge back: 'dismissed the statement as "foreign interference"', "rejected the
  charge, saying Y had ..." -> the one rejecting ACCUSES the accuser (``counter_accusations``, after discourse);
- a demand that names no one, made of the one just accused: "accused Y of kidnapping its citizens and demanded
  their return", "... He has called for an inquiry"; a demanded withdrawal is of the state whose forces they
  are (``demands_of_the_accused``)."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.events_speech import main_subject
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


# 'dismissed the statement as "foreign interference"', 'rejected the claim as "an attempt to hide X's failures"':
#   the speaker's own quoted words turn the charge back on whoever made it (or on the one the quote names)
_QUOTED_COUNTER = re.compile(
    r"^[^.;\"“]{0,140}?\bas\s+[\"“](?P<quote>[^\"”]{0,120}?\b(?:interference|propaganda|attempt|hysteria|smear|lies|"
    r"meddling|provocation|slander|colonial|bullying|blackmail|hypocri\w+|witch[- ]?hunt|disinformation)\b[^\"”]*)[\"”]",
    re.I)
# "dismissed the complaint, saying Baghdad had failed ...": what the speaker says the other side did
_SAYING = re.compile(r"^[^.;]{0,80}?(?:,\s+saying|\band\s+said)\s+(?:that\s+)?$", re.I)
_SAID_ACT = re.compile(r"^(?:['’]s)?\s+(?:had|has|have|was|were|is|are)\s+(?!not\b|never\b|no\b)", re.I)
_ANSWERS = ("REJECTS", "DENIES")
_SIDES = ("LEADS", "HOLDS_POSITION", "MEMBER_OF")


def counter_accusations(rels: list[RawRelation], mentions: dict[int, list[Mention]]) -> list[RawRelation]:
    """ACCUSES added to a rejection or denial whose answer accuses the other side in turn; ``mentions`` are
    the resolved mentions by id of their sentence."""
    side: dict[str, set[str]] = {}
    for r in rels:
        if r.type in _SIDES and r.source and r.target:
            side.setdefault(r.source, set()).add(r.target)

    def same(a: str, b: str) -> bool:
        return a == b or b in side.get(a, set()) or a in side.get(b, set()) or bool(side.get(a, set()) & side.get(b, set()))

    have = {(r.source, r.target) for r in rels if r.type == "ACCUSES"}
    out: list[RawRelation] = []
    for r in rels:
        if r.type not in _ANSWERS or not r.source or not r.target or r.status not in _KEPT:
            continue
        sent, after_at = r.sentence, r.trigger_start + len(r.trigger_text)
        text, base = sent.text, sent.start
        ms = [m for m in mentions.get(id(sent), []) if m.entity and m.entity != r.source and not same(m.entity, r.source)]
        accused: str | None = None
        if quoted := _QUOTED_COUNTER.match(text[after_at:]):
            lo, hi = after_at + quoted.start("quote"), after_at + quoted.end("quote")
            named = [m for m in ms if lo <= m.start - base < hi and m.kind in ("Country", "Organization", "Person")]
            accused = named[0].entity if named else r.target
        else:
            for m in ms:
                if m.start - base > after_at and _SAYING.match(text[after_at : m.start - base]) \
                        and _SAID_ACT.match(text[m.end - base :]) and same(m.entity or "", r.target):
                    accused = m.entity
                    break
        if accused is None or (r.source, accused) in have:
            continue
        rel = RawRelation(r.source, "ACCUSES", accused, sent, r.trigger_start, r.trigger_text, r.status, 0.5)
        rel.props.update({k: v for k, v in r.props.items() if k in ("attributed_to", "date", "date_precision")})
        rel.props["counter"] = "true"
        have.add((r.source, accused))
        out.append(rel)
    return out


# a demand that names no one to act: "demanded their immediate return", "has called for an independent inquiry",
#   "demanded the minister's resignation"
_OPEN_DEMAND = re.compile(
    r"\b(?:demand(?:ed|s|ing)?|call(?:ed|s|ing)?\s+for|press(?:ed|es|ing)?\s+for|sought|seek(?:s|ing)?)\s+"
    r"(?:an?\s+|the\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\w\-]+['’]s\s+)?(?:(?:immediate|independent|full|"
    r"international|urgent|swift|thorough|transparent|public|formal)\s+)*(?P<what>inquiry|investigation|probe|return|"
    r"resignation|compensation|apology|explanation|withdrawal|reinstatement|reversal|accountability)\b", re.I)


def demands_of_the_accused(sent: Sentence, found: list[RawRelation], mentions: list[Mention],
                           accused_before: dict[str, str], home: str | None = None) -> list[RawRelation]:
    """DEMANDS of the one a speaker accuses, in this sentence or the one before, for a demand that names no one
    ("X accused Y of kidnapping its citizens and demanded their return", "... He has called for an inquiry");
    a withdrawal demanded is of the state whose forces they are ("Russian troops remain ..., and Moldova demanded
    their withdrawal"; "demanded the withdrawal of troops": the article's state, ``home``).
    ``accused_before``: speaker -> the one they accused in the previous sentence."""
    text, base = sent.text, sent.start
    if sent.headline or not _OPEN_DEMAND.search(text):
        return []
    ms = sorted((m for m in mentions if m.entity), key=lambda m: m.start)
    here = [r for r in found if r.type == "ACCUSES" and r.source and r.target and r.status in _KEPT]
    have = {(r.source, r.target) for r in found if r.type == "DEMANDS"}
    out: list[RawRelation] = []
    for hit in _OPEN_DEMAND.finditer(text):
        speaker: str | None
        accused: str | None
        if hit.group("what").lower() == "withdrawal":
            forces = _forces_withdrawn(text, base, ms, hit, home)
            subject = main_subject(ms, text, base, hit.start())
            if forces is None or subject is None or not subject.entity or subject.entity == forces \
                    or (subject.entity, forces) in have:
                continue
            speaker, accused = subject.entity, forces
        elif here:  # "accused X of ... and demanded ...", "demanded ..., accusing him of": the nearest accusation
            nearest = min(here, key=lambda r: abs(r.trigger_start - hit.start()))
            speaker, accused = nearest.source, nearest.target
        else:  # "X accused Y of ... He has called for an inquiry"
            subject = main_subject(ms, text, base, hit.start())
            speaker = subject.entity if subject is not None else None
            accused = accused_before.get(speaker or "")
        if not speaker or not accused or (speaker, accused) in have:
            continue
        if any(hit.start() < m.start - base < hit.end() and m.entity not in (accused, speaker) for m in ms):
            continue  # "called for an inquiry by the UN": someone else is named in the demand
        rel = RawRelation(speaker, "DEMANDS", accused, sent, hit.start(), hit.group(0)[:60], RelationStatus.ASSERTED, 0.5)
        rel.props["of_accused"] = "true"
        have.add((speaker, accused))
        out.append(rel)
    return out


_FORCES = r"(?:troops|forces|soldiers|military|army|police|peacekeepers|fighters)"


def _forces_withdrawn(text: str, base: int, ms: list[Mention], hit: re.Match[str], home: str | None) -> str | None:
    """The state whose forces a demanded withdrawal is of: "their withdrawal" after "Russian troops", "the
    withdrawal of troops" (the article's state), "the withdrawal of Rwandan forces"."""
    after = text[hit.end() :]
    if re.match(r"\s+of\s+(?:the\s+|all\s+|its\s+)?" + _FORCES + r"\b", after, re.I):
        return home
    named = [m for m in ms if hit.end() <= m.start - base <= hit.end() + 25 and m.kind == "Group" and m.country]
    if re.match(r"\s+of\s+", after) and named and re.search(_FORCES + r"$", named[0].surface, re.I):
        return f"Country:{normalize_name(named[0].country or '')}"
    if re.search(r"\btheir\s+(?:\w+\s+)?withdrawal$", hit.group(0), re.I):
        before = [m for m in ms if m.end - base <= hit.start() and m.kind == "Group" and m.country
                  and re.search(_FORCES + r"$", m.surface, re.I)]
        return f"Country:{normalize_name(before[-1].country or '')}" if before else None
    return None
