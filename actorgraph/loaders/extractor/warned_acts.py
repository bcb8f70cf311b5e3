"""An act a warning only holds out: "warned (that) it could suspend X", "threatened to expel X's troops", and with a
measure named by a noun, "warned they could reimpose UN sanctions on X" -- the warner's threat to X, whoever's
measure it would be (relations turns the act into THREATENS)."""

from __future__ import annotations

from actorgraph.loaders.extractor.events_speech import main_subject
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import TAKEN_MEASURE, WARNED_THAT
from actorgraph.loaders.extractor.text import has_part

_WARNING_PARTS = ("warn", "threat")  # one opens every WARNED_THAT match


def warned_act(ms: list[Mention], text: str, low: str, base: int, s: int, noun: bool) -> tuple[bool, Mention | None]:
    """Whether the act whose trigger starts at ``s`` is only warned of, and for a noun, the warner."""
    at = max(0, s - 90)
    if not has_part(low[at:s], _WARNING_PARTS):
        return False, None
    hit = WARNED_THAT.search(TAKEN_MEASURE.sub("", low[at:s]) if noun else low[at:s])
    if hit is None:
        return False, None
    return True, main_subject(ms, text, base, at + hit.start()) if noun else None
