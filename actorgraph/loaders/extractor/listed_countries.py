"""The states of the most recent coordinated list of a given size, for "the two countries", "both governments",
"the three capitals" (``referents``)."""

from __future__ import annotations

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import LIST_GAP
from actorgraph.loaders.extractor.text import Sentence


def listed_countries(size: int, history: list[tuple[Sentence, list[Mention]]]) -> tuple[str | None, list[str]]:
    """The most recent coordinated list ("France, Germany and the United Kingdom") of exactly ``size`` countries."""
    for past, ms in reversed(history):
        runs: list[list[str]] = []
        run: list[str] = []
        closed = False
        for a, b in zip(ms, ms[1:], strict=False):
            gap = past.text[a.end - past.start : b.start - past.start]
            if a.kind == b.kind == "Country" and a.entity and b.entity and LIST_GAP.fullmatch(gap) and not closed:
                closed = "and" in gap  # "Australia and New Zealand, Fiji's partners": the list ends at "and"
                if not run:
                    run = [a.entity]
                    runs.append(run)
                run.append(b.entity)
            else:
                run, closed = [], False
        # a whole list of that size (not two of "the United States, Britain and Germany"), the latest first
        keys = next((k for r in reversed(runs) if len(k := list(dict.fromkeys(r))) == size), None)
        if keys:
            return keys[0], keys[1:]
    return None, []
