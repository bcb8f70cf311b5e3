"""The states of the most recent coordinated list of a given size, for "the two countries", "both governments",
"the three capitals" (``referents``)."""

from __future__ import annotations

from actorgraph.loaders.extractor.list_runs import coordinated_runs
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence


def listed_countries(size: int, history: list[tuple[Sentence, list[Mention]]],
                     addressed_in: Sentence | None = None) -> tuple[str | None, list[str]]:
    """The most recent coordinated list ("France, Germany and the United Kingdom") of exactly ``size`` countries.
    ``addressed_in``: the pair's sentence, when the pair is called on or mediated between ("urged both governments", "mediate between the two
    capitals"), so it is the two sides of a dispute: a list of an earlier sentence that acts towards a third state
    named after it ("Mali and Niger expressed solidarity with Ouagadougou") is one side, and is passed over."""
    for past, ms in reversed(history):
        runs = coordinated_runs(past, ms, "Country", closes_at_and=True)
        # a whole list of that size (not two of "the United States, Britain and Germany"), the latest first
        keys = next((k for r in reversed(runs) if len(k := list(dict.fromkeys(r))) == size), None)
        if keys and addressed_in is not None and past is not addressed_in and _third_state_after(ms, keys):
            continue
        if keys:
            return keys[0], keys[1:]
    return None, []


def _third_state_after(ms: list[Mention], keys: list[str]) -> bool:
    """Whether a state outside the list ``keys`` is named after the list's last member in the sentence."""
    last = max(m.end for m in ms if m.entity in keys)
    return any(m.kind == "Country" and m.entity and m.entity not in keys and m.start > last for m in ms)
