""" "The Treasury said X had secretly bankrolled the party ... X said he had never given money to any party": a denial
told as a deed the speaker says they never did answers the latest claim of a wrong on the speaker's side (within a
few sentences), whether that claim was an accusation in so many words, a report ("said X had ...") or a charge or
measure; the general rule for denials prefers an explicit accusation however old (discourse._partner)."""

from __future__ import annotations

import re
from collections.abc import Callable

from actorgraph.loaders.extractor.relations import RawRelation

# the speech verbs of the triggers.yaml rule for denied deeds ("said he had never ...")
_SPEECH = re.compile(r"(?:said|says|say|insist\w*|maintain\w*|told\s+\w+)", re.I)
_IMPUTING = ("ACCUSES", "INVESTIGATES", "SANCTIONS", "DESIGNATES")
_REACH = 4  # sentences back


def deed_claimant(r: RawRelation, earlier: list[RawRelation],
                  same_side: Callable[[str | None, str | None], bool]) -> list[str]:
    if r.type != "DENIES" or not r.source or r.props.get("denies") != "act" \
            or not _SPEECH.fullmatch(r.trigger_text):
        return []
    for e in reversed(earlier):
        if r.sentence.index - e.sentence.index > _REACH:
            break
        if e.type in _IMPUTING and e.source and e.target and not e.implicit and same_side(e.target, r.source) \
                and not same_side(e.source, r.source):
            return [e.source]
    return []
