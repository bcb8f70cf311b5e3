"""Coordinated lists of one kind of actor in a sentence ("France, Germany and the United Kingdom", "the X Brigade
and the Y Division"), which a later "the two countries" or "both groups" stands for (listed_countries,
listed_bodies)."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.patterns import LIST_GAP

if TYPE_CHECKING:  # (mentions imports listed_bodies, which imports this)
    from actorgraph.loaders.extractor.mentions import Mention
    from actorgraph.loaders.extractor.text import Sentence


def coordinated_runs(sent: Sentence, ms: list[Mention], kind: str, closes_at_and: bool) -> list[list[str]]:
    """The entities of each run of neighbouring ``kind`` mentions joined by list gaps (commas, "and"), in order.
    With ``closes_at_and`` a run ends at its "and" ("Australia and New Zealand, Fiji's partners")."""
    runs: list[list[str]] = []
    run: list[str] = []
    closed = False
    for a, b in pairwise(ms):
        gap = sent.text[a.end - sent.start : b.start - sent.start]
        if a.kind == b.kind == kind and a.entity and b.entity and LIST_GAP.fullmatch(gap) and not closed:
            closed = closes_at_and and "and" in gap
            if not run:
                run = [a.entity]
                runs.append(run)
            run.append(b.entity)
        else:
            run, closed = [], False
    return runs
