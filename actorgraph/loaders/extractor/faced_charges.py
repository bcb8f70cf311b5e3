"""Charges told from the accused's side, round 29: "X faces charges of fraud in Peru", "X, who is wanted in Chile
on drug charges", and a transfer's destination, "extradited X to the United States, where he faces drug
charges" / "flown to Y, where she is to stand trial" -> the prosecuting state (or the court named right after
the act: "where he is to face charges at the International Criminal Court") INVESTIGATES X.

The state must be named: after "in"/"before"/"at" past the charge's own "of ..." phrase, or as the place "where"
refers back to. Charges only called for ("demanded that X face charges") or escaped ("fled to avoid charges")
are left to the rules that tell such wordings; "wanted by Y" is the passive verb's, elsewhere."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.status import status_of
from actorgraph.loaders.extractor.text import Sentence, has_word
from actorgraph.loaders.extractor.trial_wordings import _SUBJECT_GAP

_GATE = frozenset({"charges", "charge", "wanted", "trial", "tried"})
# the act of the one charged: facing charges (a few words may name them: "drug trafficking and weapons charges")
#   or being wanted in a place
_FACED = re.compile(r"(?:face|faces|faced|facing)\s+(?:[\w\-]+\s+){0,4}?charges?\b|\bwanted(?=\s+in\s)", re.I)
# after "where" and its pronoun: the same acts, or a trial ahead ("is to stand trial", "will be tried")
_WHERE = re.compile(r",\s+where\s+(?:he|she|they)\s+(?:(?:is|was|are|were|will|would|could|may|now|still|also|be|to|"
                    r"expected|due|set)\s+){0,4}(?:(?:face|faces|faced|facing)\s+(?:[\w\-]+\s+){0,4}?(?:charges?|trial)\b|"
                    r"wanted\b|(?:stand|stands)\s+trial\b|tried\b)", re.I)
# from the act's end to the state: the charges' "of ..." phrase, then "in"/"before"/"at" and up to three lower-case
#   words ("in a federal court in", "before the")
_TO_STATE = re.compile(r"(?:\s+(?:of|for|over|including|related\s+to|on)\s+[^,;:.()\"“”]{1,80}?)?\s+(?:in|before|at)\s+"
                       r"(?:an?\s+|the\s+)?(?:[a-z][\w\-]*\s+){0,3}")
# what "where" refers back to: the place the one moved was sent to, right before the comma
_SENT_TO = re.compile(r"\bto\s+(?:the\s+)?$")
_HELD_KINDS = ("Person", "Group")


def _is_court(text: str, m: Mention, base: int) -> bool:
    return m.kind == "Organization" and re.search(r"\b(?:Court|Tribunal)\b", text[m.start - base : m.end - base]) is not None


def _state_after(ms: list[Mention], k: int, text: str, base: int, end: int) -> Mention | None:
    """The country or court named after the act (ending at ``end``), past the charges' own phrase."""
    for x in ms[k + 1 :]:
        if x.start - base < end:
            continue
        if x.start - base > end + 120:
            return None
        if (x.kind == "Country" or _is_court(text, x, base)) and _TO_STATE.fullmatch(text, end, x.start - base) \
                and not text.startswith(("'s", "’s"), x.end - base):  # (not "wanted in Peru's squad")
            return x
    return None


def _faced(text: str, base: int, ms: list[Mention]) -> list[tuple[Mention, Mention, re.Match[str]]]:
    out = []
    for k, m in enumerate(ms):
        if m.kind not in _HELD_KINDS:
            continue
        gap = _SUBJECT_GAP.match(text, m.end - base)
        hit = _FACED.match(text, gap.end()) if gap else None
        if hit is None or gap is None or (k + 1 < len(ms) and ms[k + 1].start - base < gap.end()):
            continue
        if hit.group(0)[:5].lower() == "face " and not gap.group(0).strip():
            continue  # "demanded that X face charges": a charge called for (a bare "face" has no tense of its own)
        state = _state_after(ms, k, text, base, hit.end())
        if state is not None:
            out.append((state, m, hit))
    return out


def _sent_where(text: str, base: int, ms: list[Mention]) -> list[tuple[Mention, Mention, re.Match[str]]]:
    out = []
    for hit in _WHERE.finditer(text):
        before = [x for x in ms if x.end - base <= hit.start()]
        if len(before) < 2 or before[-1].kind != "Country" or before[-1].end - base != hit.start():
            continue
        place = before[-1]
        if not _SENT_TO.search(text, max(0, place.start - base - 12), place.start - base):
            continue
        held = next((x for x in reversed(before[:-1]) if x.kind in _HELD_KINDS), None)
        if held is None:
            continue
        k = ms.index(before[-1])
        court = _state_after(ms, k, text, base, hit.end())
        out.append((court if court is not None and _is_court(text, court, base) else place, held, hit))
    return out


def faced_charges(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    if not has_word(sent, _GATE):
        return []
    text, base = sent.text, sent.start
    ms = resolved_in_order(mentions)
    out: list[RawRelation] = []
    for state, held, hit in _faced(text, base, ms) + _sent_where(text, base, ms):
        if state.entity == held.entity:
            continue
        at = hit.start()
        out.append(RawRelation(state.entity, "INVESTIGATES", held.entity, sent, at, hit.group(0).strip(", "),
                               status_of(text, min(held.start - base, at), at, "INVESTIGATES"), 0.6))
    return out


def without_unplaced_trials(found: list[RawRelation], placed: list[RawRelation]) -> list[RawRelation]:
    """Drop a trial rule's charge whose state was left for discourse to find when this module named the state:
    "Chile flew X to Peru, where he is to face charges" is Peru's charge, not the sentence subject's."""
    if not placed:
        return found
    held = {(r.sentence.start, r.target) for r in placed}
    return [r for r in found if not (r.implicit and r.type == "INVESTIGATES" and (r.sentence.start, r.target) in held)]
