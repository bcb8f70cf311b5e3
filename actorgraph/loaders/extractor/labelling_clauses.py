"""Labelling clauses: "struck what the army called hideouts of X", "seized what officials described as X's
arms": the verb names how someone labels the object of another verb; it is no call, meeting or speech act of
its own between the labeller and X."""

from __future__ import annotations

import re

# "what the army called", "what Peru's military described as", "what officials termed": "what", the labeller
#   (at most four words), then the labelling verb at the end of the text before a trigger's end
_WHAT_LABELLER = re.compile(r"\bwhat\s+(?:[\w\-.’']+\s+){1,4}$")
LABELLING_VERBS = frozenset("called calls termed terms described describes dubbed branded labelled labeled".split())


def labelling_verb(low: str, s: int, e: int) -> bool:
    """Whether the trigger ``low[s:e]`` is the verb of a labelling clause opened by "what" a few words before."""
    return low[s:e].split(" ", 1)[0] in LABELLING_VERBS and _WHAT_LABELLER.search(low, max(0, s - 60), s) is not None


_WHAT_BEFORE = re.compile(r"\s+what\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w\-.’']+\s+){0,2}$")
_LABELLING_AFTER = re.compile(r"(?:['’]s\s+(?:[\w\-]+\s+){0,2})?\s*(?:" + "|".join(sorted(LABELLING_VERBS)) + r")\b")


def labeller(gap: str, text: str, end: int) -> bool:
    """Whether an actor right of a verb (``gap`` before it, ``end`` its end in ``text``) only labels that verb's
    object: "struck what the army called hideouts of X" (the army labels; X's hideouts were struck)."""
    return _WHAT_BEFORE.fullmatch(gap) is not None and _LABELLING_AFTER.match(text, end) is not None
