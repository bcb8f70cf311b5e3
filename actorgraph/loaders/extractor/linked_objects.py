"""A tie told of the object of another verb is the object's, not the subject's: "the European Union has listed
companies linked to the RSF", "Kenya seized two ships tied to the cartel" -- the companies and the ships are linked,
not the European Union or Kenya (round 23). A close-subject tie (ASSOCIATED_WITH, MEMBER_OF ...) whose gap from its
subject holds a transitive verb and its object is dropped; "X has long been linked to Y", "X, allegedly tied to Y"
stay the subject's."""

from __future__ import annotations

import re

# the gap between the subject and the tie: a past verb (after "has"/"had") and up to three words of its object
_OBJECT_BETWEEN = re.compile(r"\s+(?:(?:has|have|had)\s+(?:[a-z]+ly\s+)?)?(?!been\b)[a-z]+(?:ed|en)\s+"
                             r"(?!(?:to|with|by|in|as|from|and|or|of)\b)(?:[\w\-]+\s+){1,3}")


def object_between(gap: str) -> bool:
    """Whether ``gap`` (the text from the subject to the tie's trigger) holds a verb and the object it acts on."""
    return _OBJECT_BETWEEN.fullmatch(gap) is not None
