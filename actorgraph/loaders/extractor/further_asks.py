"""Whose decision a stance answers when the speaker asks something of its maker in the same breath: "Ukraine
welcomed the decision and urged the EU to also close every channel", "welcomed the move but called on Brussels to
go further", "condemned the decision and called on the government to withdraw it" -> the one asked to do more, or
to undo it, took the decision (round 31), not whoever acted last in the story."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable
    from actorgraph.loaders.extractor.relations import RawRelation

# the words that ask the one addressed for more of the same ("to also", "to further", "to go further", "to extend"),
#   after approval; to undo it ("to withdraw it", "to reverse the decision"), after criticism
_MORE = (" to also ", " to further ", " to go further", " to extend ", " to widen ", " to expand ")
_UNDO = (" to reverse", " to reconsider", " to revoke", " to rescind", " to withdraw", " to cancel", " to lift ")
_ASKED = r"\b(?:urg(?:ed|es|ing)|call(?:ed|s|ing)\s+on|press(?:ed|es|ing)|ask(?:ed|s|ing))\s+(?P<who>[^,;.\"“”]{2,60}?)\s+to\s+"
_ASKED_MORE = re.compile(_ASKED + r"(?:also|further|go\s+further|extend|widen|expand)\b")
_ASKED_UNDO = re.compile(_ASKED + r"(?:reverse|reconsider|revoke|rescind|withdraw|cancel|lift)\b")


def asked_for_more(r: RawRelation, table: EntityTable) -> list[str]:
    """The party a stance on "the decision" (``r``) goes on to ask for more of it (or, for criticism, to undo it),
    named after ``r``'s trigger."""
    text = r.sentence.text
    low = text.lower()
    approval = r.type == "SUPPORTS"
    if not any(w in low for w in (_MORE if approval else _UNDO)):  # (cheap: most sentences ask nothing of the kind)
        return []
    hit = (_ASKED_MORE if approval else _ASKED_UNDO).search(text, r.trigger_start + len(r.trigger_text))
    if hit is None:
        return []
    start, end = r.sentence.start + hit.start("who"), r.sentence.start + hit.end("who")
    asked = [m.entity for m in table.mentions.get(id(r.sentence), []) if m.entity and m.entity != r.source
             and start <= m.start and m.end <= end]
    return list(dict.fromkeys(asked))[:1]
