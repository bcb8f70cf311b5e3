"""A warning whose condition names the one warned, round 29: "X warned that the government could bar Y's airline
if Ethiopia pressed ahead with the port plan", "X warned that visa-free access could be reviewed if Georgia kept
up the pressure" -> X THREATENS the subject of the "if" clause, whatever the measure held out (a closure, a review,
"the army could be placed on alert").

Only a warning (not "said") with a modal act ("could", "would", "will", "may", "might") before the condition, and
only when the condition opens with one actor ("if Ethiopia ...", "if the EU ..."): "if necessary" or "if the
talks fail" names no one, and "if Peru and Bolivia fail to agree" foretells more than it threatens."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import subject_of
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status_cues import status_of
from actorgraph.loaders.extractor.text import Sentence, has_word

_WARN_WORDS = frozenset({"warned", "warns", "warning"})
_WARNED = re.compile(r"\bwarn(?:ed|s|ing)\b", re.I)
# from the warning to the condition: a modal act, and no sentence break or second warning between
_MODAL_THEN_IF = re.compile(r"[^.;:!?]*?\b(?:could|would|will|may|might)\b[^.;:!?\"“”]*?\bif\s+(?:the\s+)?", re.I)
# a promise on the same condition is no threat: "warned that it would lift the sanctions / resume talks / help
#   rebuild the bridge if Y ..."
_PROMISED = re.compile(r"\b(?:lift\w*|eas(?:e|es|ed|ing)|resum\w*|help\w*|ask\w*|restor\w*|reopen\w*|releas\w*|"
                       r"invest\w*|support\w*|aid|talks?|negotiat\w*|cooperat\w*|recogni[sz]\w*|grant\w*|offer\w*|"
                       r"rebuild\w*|reward\w*|welcom\w*|forgiv\w*|pardon\w*|return\w*)\b", re.I)
_ACTOR_KINDS = frozenset({"Country", "Organization", "Person"})


def warned_conditions(sent: Sentence, mentions: list[Mention], found: list[RawRelation]) -> list[RawRelation]:
    if not has_word(sent, _WARN_WORDS) or not has_word(sent, frozenset({"if"})):
        return []
    text, base = sent.text, sent.start
    ms = resolved_in_order(mentions)
    have = {(r.source, r.target) for r in found if r.type == "THREATENS"}
    out: list[RawRelation] = []
    for warn in _WARNED.finditer(text):
        cond = _MODAL_THEN_IF.match(text, warn.end())
        if cond is None:
            continue
        if _PROMISED.search(cond.group(0)):
            continue
        warned = next((m for m in ms if m.start - base == cond.end()), None)
        left = [k for k, m in enumerate(ms) if m.end - base <= warn.start()]
        k = subject_of(ms, left, text, base, warn.start()) if left else None
        if warned is None or k is None or warned.kind not in _ACTOR_KINDS:
            continue
        if re.match(r"\s+(?:and|or)\s", text[warned.end - base :]):
            continue  # "talks could collapse if Peru and Bolivia fail to agree": a forecast for both, no threat
        speaker = ms[k]
        if speaker.entity == warned.entity or (speaker.entity, warned.entity) in have \
                or speaker.kind not in _ACTOR_KINDS:
            continue
        have.add((speaker.entity, warned.entity))
        out.append(RawRelation(speaker.entity, "THREATENS", warned.entity, sent, warn.start(), warn.group(0),
                               status_of(text, speaker.start - base, warn.start(), "THREATENS"), 0.6))
    return out
