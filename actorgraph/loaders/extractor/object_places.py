"""A place named beside a prepositional object, not the object: "clashed with gunmen near X", "offered to convene
talks in X", "a clash with armed men crossing from X" (the trigger's own preposition opens the gap)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import prev_word
from actorgraph.loaders.extractor.patterns import BAD_OBJ_PREPS

# where a moving object came from: "with armed men crossing from X", "fighters who slipped in from X"
_MOVED_FROM = re.compile(r"\b(?:cross(?:es|ed|ing)?|com(?:e|es|ing)|came|enter(?:s|ed|ing)?|infiltrat(?:e|es|ed|ing)|"
                         r"arriv(?:e|es|ed|ing)|slip(?:s|ped|ping)?(?:\s+in)?|sneak(?:s|ed|ing)?(?:\s+in)?|snuck(?:\s+in)?|fled|"
                         r"flee(?:s|ing)?|travel(?:s|ed|led|ing|ling)?|mov(?:e|es|ed|ing))\s+(?:back\s+)?(?:in\s+)?"
                         r"from\s+(?:the\s+)?$")


def place_by_object(gap: str, preps: tuple[str, ...]) -> bool:
    """Whether the words between a trigger ending in one of ``preps`` and an actor make the actor a place: a place
    preposition other than the trigger's own ends them, or a verb of movement with "from"."""
    if not gap.strip():
        return False
    last = prev_word(gap, len(gap))
    return last in BAD_OBJ_PREPS and last not in preps or _MOVED_FROM.search(gap) is not None
