"""A participle on a noun no actor names does its own act: "sanctioned shipping firms carrying fuel to X", "seized
two trucks delivering arms to X", "sanctioned companies helping X". The firms, trucks or companies carry and help,
not the clause's subject (no state AIDS X), and X is no object of the clause's own verb (no state SANCTIONS X)."""

from __future__ import annotations

import functools
import re

from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.patterns import AGENT_NOUNS

_PLURAL = r"[a-z][a-z\-]*[^s\W'’]s"
# an object noun right before the participle: after a past verb or a preposition, with up to three words of its own
#   ("sanctioned two tankers", "on shipping companies and insurers")
_OBJECT_NOUN = re.compile(r"\b(?:[a-z]+ed|on|against|of|for|with|to|from)\s+(?:[a-z\d][\w\-]*\s+){0,3}?"
                          r"(?P<noun>" + _PLURAL + r")\s+$")
_LAST_WORD = re.compile(r"(\w+)\s+$")


def carrier_stop(low: str, e: int, stop: int) -> int:
    """How far right the objects of the verb ending at ``e`` may lie when a noun carries goods of its own after it
    ("sanctioned shipping firms carrying fuel to X": not X)."""
    hit = _carried().search(low, e, stop)
    return hit.start() + 1 if hit else stop


@functools.cache
def _carried() -> re.Pattern[str]:
    carrying = lexicon().carrying
    return re.compile(r" " + _PLURAL + r" " + (carrying.pattern if carrying else "(?!)") + r"\b")


def unnamed_carrier(text: str, s: int, e: int, mention_starts: list[int]) -> bool:
    """Whether the "-ing" verb at ``text[s:e]`` is a participle on an object noun no actor names ("sanctioned two
    tankers delivering oil to X"), so that the clause's subject is not its agent."""
    at, carrying = s, lexicon().carrying
    if (prev := _LAST_WORD.search(text, max(0, s - 20), s)) and carrying and carrying.fullmatch(prev.group(1).lower()):
        at = prev.start(1)  # "trucks ferrying arms to X": "arms" is the participle's cargo, not a verb
    elif not text[s:e].split()[0].lower().endswith("ing"):
        return False
    obj = _OBJECT_NOUN.search(text, max(0, at - 60), at)
    return obj is not None and obj.group("noun") not in AGENT_NOUNS \
        and not any(obj.start() < p < s for p in mention_starts)
