"""The states of the most recent coordinated list of a given size, for "the two countries", "both governments",
"the three capitals" (``referents``)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def listed_countries(size: int, history: list[tuple[Sentence, list[Mention]]]) -> tuple[str | None, list[str]]:
    """The most recent coordinated list ("France, Germany and the United Kingdom") of ``size`` countries."""
    for past, ms in reversed(history):
        run: list[str] = []
        for a, b in zip(ms, ms[1:], strict=False):
            gap = past.text[a.end - past.start : b.start - past.start]
            if a.kind == b.kind == "Country" and a.entity and b.entity and _LIST_GAP.fullmatch(gap):
                run = run or [a.entity]
                run.append(b.entity)
                if len(dict.fromkeys(run)) == size:
                    keys = list(dict.fromkeys(run))
                    return keys[0], keys[1:]
            else:
                run = []
    return None, []
