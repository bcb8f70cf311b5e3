"""A threat with its condition: "X threatened Y with sanctions unless it freed the detained Americans", "threatened
Caracas with 'consequences' if it did not withdraw its ships" -> X DEMANDS Y as well as THREATENS it: the condition is
what Y is asked to do. The measure held out is only threatened, so a trigger inside it ("sanctions unless it freed
the Americans") reads no act of its own (it gave "Venezuela SANCTIONS Americans"). When the condition names Y again
("unless Caracas freed ...") events_demands reads the demand; here the condition's subject is a pronoun."""

from __future__ import annotations

import dataclasses
import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_THREAT_VERB = re.compile(r"threat(?:en|ens|ened|ening)$")
_BEFORE_TARGET = re.compile(r"\s+(?:the\s+)?")
# " with <measure> unless ..." / " with <measure> if ...": the measure, then the condition's subject
_WITH_CONDITION = re.compile(r"(?:['’]s?\s+(?:government|authorities|leadership|leaders))?\s+with\s+[^.;:]{1,80}?"
                             r"\s(?P<word>unless|if)\s+(?:the\s+)?")
_PRONOUN = re.compile(r"(?:it|they)\b")
# what Y is to do: under "unless" any act but a state ("unless it is ..."); under "if" a failure or a refusal
_UNLESS_ACT = re.compile(r"\s+(?!(?:is|was|are|were|has|had|have|would|will|could)\b)[a-z]")
_IF_NOT = re.compile(r"\s+(?:did\s+not|does\s+not|do\s+not|didn[’']t|doesn[’']t|don[’']t|fails?\s+to|failed\s+to|"
                     r"refuses?\s+to|refused\s+to)\b")
_KEPT_INSIDE = frozenset({"THREATENS", "DEMANDS"})


def conditioned_threats(sent: Sentence, mentions: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    """``found`` with each conditioned threat's demand added and the acts read inside its measure dropped."""
    if "hreat" not in sent.text:  # ("Threat"/"threat": no lowering for the sentences without one)
        return found
    low = sent.text.lower()
    if "threat" not in low or (" unless " not in low and " if " not in low):
        return found
    base = sent.start
    out = list(found)
    for r in found:
        if r.type != "THREATENS" or not r.source or not r.target:
            continue
        head = r.trigger_text.split(" ", 1)[0].lower()
        if not _THREAT_VERB.match(head):
            continue
        verb_end = r.trigger_start + len(head)
        target = next((m for m in mentions if m.entity == r.target and m.start - base >= verb_end
                       and _BEFORE_TARGET.fullmatch(low, verb_end, m.start - base)), None)
        if target is None:
            continue
        cond = _WITH_CONDITION.match(low, target.end - base)
        if cond is None:
            continue
        subject = _PRONOUN.match(low, cond.end())
        subject_end = subject.end() if subject else next(
            (m.end - base for m in mentions if m.entity == r.target and m.start - base == cond.end()), None)
        act = _UNLESS_ACT if cond.group("word") == "unless" else _IF_NOT
        if subject_end is None or not act.match(low, subject_end):
            continue
        measure = (target.end - base, cond.start("word"))
        out = [x for x in out if x.type in _KEPT_INSIDE or not measure[0] <= x.trigger_start < measure[1]]
        if not any(x.type == "DEMANDS" and x.source == r.source and x.target == r.target for x in out):
            out.append(dataclasses.replace(r, type="DEMANDS", props=dict(r.props)))
    return out
