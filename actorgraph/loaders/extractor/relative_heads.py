"""The person a relative "who" refers back to past the body that describes them: "X, deputy leader of the Y
Party (YP), who was arrested at dawn" -> X was arrested, not the party. "who" is said of people; the body named
inside the description only says whose official the person is."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention

# ", who was", ", who had been", ", who were later" right before a passive trigger
_WHO_PASSIVE = re.compile(r"\)?,\s+who\s+(?:(?:was|were|had|has|have|been|later|also|then|reportedly)\s+){1,3}$")
# ", deputy leader of the opposition ", ", a senior member of ", ", the head of the youth wing of the ": a role
#   described in lower-case words, ending in the preposition before the body
_ROLE_OF = re.compile(r",\s+(?:(?:an?|the)\s+)?(?:[a-z][\w\-]*\s+){1,6}(?:of|for|at|in)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}$")


def relative_person(ms: list[Mention], subj: int, text: str, base: int, s: int) -> int:
    """``subj``, or the person before it whom a "who" before the trigger at ``s`` is said of."""
    if ms[subj].kind not in ("Organization", "Country") or not _WHO_PASSIVE.fullmatch(text[ms[subj].end - base : s]):
        return subj
    k = subj
    while k > 0 and ms[k - 1].entity == ms[subj].entity and _BRACKET_OPEN.fullmatch(text[ms[k - 1].end - base : ms[k].start - base]):
        k -= 1  # "the Y Party (YP)": the bracketed short form, then the name
    if k > 0 and ms[k - 1].kind == "Person" and _ROLE_OF.fullmatch(text[ms[k - 1].end - base : ms[k].start - base]):
        return k - 1
    return subj


_BRACKET_OPEN = re.compile(r"\s*\(\s*")
