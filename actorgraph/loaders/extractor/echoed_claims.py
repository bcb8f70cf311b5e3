""" "Y's minister said civilians had been killed. The army denied hitting civilians": a denial that repeats
what the speaker of the sentence just before reported answers that speaker, even when an older accusation
by someone else is on record. The echo is a content word the two share (first six letters, so "civilian"
and "civilians" agree); the speaker is the subject of that sentence's speech verb and not on the denier's side."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_SAID = re.compile(r"\b(?:said|says|told\s+(?:the\s+|this\s+|a\s+)?[\w\-]+(?:\s+by\s+(?:tele)?phone)?|alleged|claimed|reported)\b(?:\s+(?:on|last)\s+\w+)?(?:\s+that)?\s")
_WORD = re.compile(r"(?<![\w\-])[a-z][a-z\-]{5,}")
_COMMON = frozenset("denied denies denying reported reporters statement ministry minister spokesman spokeswoman "
                    "government official officials country countries people saying should having before against "
                    "during because another whether friday monday tuesday wednesday thursday saturday sunday "
                    "earlier already without further around between newspaper journalists interview telephone".split())
_SPEAKER_KINDS = ("Person:", "Organization:", "Country:")


def echoed_speaker(r: RawRelation, table: EntityTable,
                   same_side: Callable[[str | None, str | None], bool]) -> tuple[str, Sentence] | None:
    if r.type != "DENIES" or not r.source:
        return None
    idx = r.sentence.index  # its place in the document's sentence list, where it was made
    if not (0 <= idx < len(table.sentences) and table.sentences[idx] is r.sentence):
        idx = next((k for k, s in enumerate(table.sentences) if s is r.sentence), -1)
    if idx <= 0:
        return None
    prev = table.sentences[idx - 1]
    if prev.headline or r.sentence.paragraph - prev.paragraph > 1:
        return None
    said = _SAID.search(prev.text)
    if said is None:
        return None
    ms = [m for m in table.mentions.get(id(prev), []) if m.entity and m.end - prev.start <= said.start()]
    speaker = ms[-1].entity if ms else None
    if speaker is not None and not speaker.startswith(_SPEAKER_KINDS):
        speaker = None
    if speaker is None or same_side(speaker, r.source):
        return None
    reported = _stems(prev.text[said.end() :])
    denied = _stems(r.sentence.text[r.trigger_start + len(r.trigger_text) :])
    return (speaker, prev) if reported & denied else None


def _stems(text: str) -> set[str]:
    """Lower-case content words only: names are the parties, not what is claimed."""
    return {w[:6] for w in _WORD.findall(text) if w not in _COMMON}
