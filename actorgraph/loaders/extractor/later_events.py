"""Where a trigger's objects end before a time clause naming another event: "imposed sanctions after Russia's
invasion of X" (X is the invasion's, not the measure's)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.text import Sentence, has_word

# a time clause naming another event ("after the invasion of", "since the coup in")
_LATER_ORDER = ("after", "before", "following", "since")  # one is a whole word in every _LATER_EVENT match (built from them)
_LATER_WORDS = frozenset(_LATER_ORDER)
_LATER_EVENT = re.compile(r"\s(?:" + "|".join(_LATER_ORDER) + r")\s+(?:(?:the|a|an|its|their|[\w\-.]+['’]s?)\s+)?"
                          r"(?:[\w\-]+\s+){0,2}?(?:invasions?|annexation|attacks?|wars?|coup|elections?|killings?|"
                          r"crackdown|seizure|occupation|bombings?|downing|shelling|offensive)\s+(?:of|on|in|against)\b")


def later_event_stop(sent: Sentence, low: str, e: int, stop: int) -> int:
    """``stop``, or the start of a time clause naming another event between the trigger's end ``e`` and it."""
    if has_word(sent, _LATER_WORDS) and (later := _LATER_EVENT.search(low, e, stop)) is not None:
        return later.start()
    return stop
