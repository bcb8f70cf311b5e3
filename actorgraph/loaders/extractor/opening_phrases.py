"""A sentence-opening phrase that ends in a name and a comma ("Under a deal brokered by Qatar, Rwanda and Congo
agreed ...", "In talks hosted by Egypt, Israel and Hamas agreed ...") names a mediator, host or place, not the
first member of the subject list after the comma (arguments.coordinated stops there)."""

from __future__ import annotations

import re

# the sentence's start up to a name: an opening preposition, no comma, and a preposition right before the name
#   ("In Doha, A and B signed ...": the opening preposition itself)
_OPENER = re.compile(r"(?:(?:Under|After|Following|In|Through|During|At|Amid|Despite|With)\s[^,;\"“”]*?\b"
                     r"(?:by|with|of|from|in|at|between|among|under)|In|At)\s+(?:the\s+)?$")


def ends_opening_phrase(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` (sentence offset) closes a sentence-opening phrase."""
    return start < 160 and _OPENER.match(text, 0, start) is not None
