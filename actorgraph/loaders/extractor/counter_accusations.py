"""Whom a denial answers when its denier goes on to accuse someone in the same breath (round 29): "X denied any
such contacts and accused Y of leaking fabricated files", "X denied that civilians had been killed and called Y an
apologist for terrorists" -> X DENIES Y. A denial that names no accuser, joined by "and" (or ", calling") to the
denier's own accusation, most often turns the charge back on the one who made it. An earlier accuser found otherwise
is kept (often the person whose state is counter-accused), unless it is only the state of the person countered."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.loaders.extractor.relations import RawRelation

# what joins the denial to the counter-accusation: no new sentence-level clause with a subject of its own
_JOINED = re.compile(r"^[^;:]*?(?:\band\s+(?:also\s+|then\s+|instead\s+)?|,\s+(?=call|accus|blam|brand|dismiss))$")
_OTHER_SUBJECT = re.compile(r"\b(?:but|while|whereas|although|though|because|after|before|who|which)\b")
_REACH = 12  # relations after the denial looked at (its sentence's come right after it)


def counter_accused(r: RawRelation, raw: list[RawRelation], idx: int) -> list[str]:
    """The party the denier of ``raw[idx]`` (``r``, with no target yet) accuses right after its denial, in the same
    sentence; [] when none."""
    if r.type != "DENIES" or not r.source:
        return []
    end = r.trigger_start + len(r.trigger_text)
    for e in raw[idx + 1 : idx + 1 + _REACH]:
        if e.sentence is not r.sentence:
            continue
        if e.type != "ACCUSES" or e.source != r.source or not e.target or e.target == r.source \
                or e.trigger_start <= end or e.props.get("reported"):
            continue
        between = r.sentence.text[end : e.trigger_start]
        if len(between) < 200 and _JOINED.search(between) and not _OTHER_SUBJECT.search(between):
            return [e.target]
    return []


def sharper(partners: list[str], countered: list[str], same_side: Callable[[str | None, str | None], bool]) -> list[str]:
    """The counter-accused when no stronger clue found whom the denial answers, or when it names the person behind
    the state found ("denied that civilians were killed and called Y an apologist", Y a leader of the state found)."""
    if not countered:
        return partners
    if not partners:
        return countered
    if partners[0].startswith("Country:") and countered[0].startswith("Person:") and same_side(countered[0], partners[0]):
        return countered
    return partners
