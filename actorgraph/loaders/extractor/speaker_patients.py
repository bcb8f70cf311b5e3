"""Guards against reading the person who speaks as the one an act is done to."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import SPEECH_TAGS

# "X said", "X, the interior minister, told reporters": a speech verb, after an optional apposition
_SPEECH_AFTER = re.compile(r"^(?:,[^,;()]{1,60},)?\s+(?:" + SPEECH_TAGS + r"|announced|stated|warned|insisted)\b")


def speaker_as_patient(ms: list[Mention], k: int, text: str, base: int, at: int | None = None) -> bool:
    """The subject found for a passive act is the sentence's speaker, not its patient: "X, the interior
    minister, told reporters the detainees would be prosecuted" (the detainees are no mention), or
    "Justice Minister X said he would be charged" with "he" resolved to the titled official speaking. ``at``: where
    the passive verb starts; one inside the apposition before the speech verb is told of the speaker ("X, who was
    charged by Y with fraud, said ...": X is charged)."""
    m = ms[k]
    if (said := _SPEECH_AFTER.match(text[m.end - base :])) and (at is None or m.end - base + said.end() <= at):
        return True
    if m.via != "pronoun" or not m.entity:
        return False
    return any(o is not m and o.entity == m.entity and o.title is not None and o.end <= m.start
               and _SPEECH_AFTER.match(text[o.end - base :]) for o in ms)
