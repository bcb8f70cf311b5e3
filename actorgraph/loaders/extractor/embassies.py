"""The state a diplomat with a bare title serves: the one whose embassy the sentence, or the one before it,
names ("... a rebuke from the Dutch embassy. Chargé d'affaires X said ...")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

_OFFICES = ("embassy", "consulate")
_EMBASSY_AFTER = re.compile(r"(?:['’]s)?\s+(?:embassy|consulate|mission)\b", re.I)


def embassy_state(sent: Sentence, ms: list[Mention], table: EntityTable) -> str | None:
    """The country (entity key) of the one embassy named in ``sent`` or the sentence before it."""
    k = next((x for x, s in enumerate(table.sentences) if s is sent), -1)
    for s, mentions in ((sent, ms), *(((table.sentences[k - 1], table.mentions.get(id(table.sentences[k - 1]), [])),)
                                     if k > 0 else ())):
        states = {m.entity for m in mentions if m.kind == "Country" and m.entity
                  and (_EMBASSY_AFTER.match(s.text, m.end - s.start) or m.surface.lower().endswith(_OFFICES))}
        if len(states) == 1:
            return states.pop()
        if states:
            return None
    return None
