"""Which body a sentence opening with "Its chairman, X" or "Its spokesman said" most likely means: the body
the sentence before opened with as its subject ("The Pilots' Association called a strike on Monday and asked
the Labour Court to rule. Its president, X, said ..." -> the association, not the court), else the body that
sentence named last."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.substrings import contains_any
from actorgraph.loaders.extractor.text import Sentence

# what may stand before the subject: a dateline ("NIAMEY, June 12 (Agency) - "), an article, a time phrase, a
#   hyphenated modifier ("Oslo-listed", "state-owned")
_LEAD_IN = re.compile(r"^(?:[A-Z].{0,60}?\s[-—–]+\s+)?(?:(?:on|last|earlier|in)\s+\w+(?:\s+\w+)?,?\s+)?(?:the\s+)?"
                      r"(?:[\w.’']+-[\w\-]+\s+){0,2}$", re.I)


def subject_body(sent: Sentence, mentions: list[Mention], orgs: list[str | None]) -> str | None:
    """The organisation ``sent`` opens with as its subject when it has one, else the last of ``orgs`` (the
    organisations it names outside relative clauses)."""
    first = mentions[0] if mentions else None
    if first is not None and first.entity in orgs and not first.possessive \
            and _LEAD_IN.match(sent.text[: first.start - sent.start]):
        return first.entity
    return orgs[-1] if orgs else None


# "The main opposition alliance says ...", "A rival faction said ..." (after a dateline or a live page's time stamp):
#   the sentence's subject is a body it does not name
_UNNAMED_BODY_OPENER = re.compile(r"(?:[^a-z]{0,60}?\s[-—–]+\s+)?(?:[Tt]he|An?|an?)\s+(?:[a-z][\w\-]*\s+){0,3}(?:alliance|bloc|coalition|party|movement|"
                                  r"union|front|association|federation|faction|group|network|organi[sz]ation)\s+"
                                  r"(?!of\b|for\b|in\b|on\b|at\b|with\b|to\b)[a-z]")
# a part of every body noun of _UNNAMED_BODY_OPENER (lower case, as it needs them)
_BODY_NOUNS = ("alliance", "bloc", "coalition", "party", "movement", "union", "front", "association", "federation",
               "faction", "group", "network", "organi")


def opens_with_unnamed_body(sent: Sentence, mentions: list[Mention]) -> bool:
    """``sent`` opens with an organisation described, not named, as its subject (its "Its leader" next is that
    body's, not that of a body the sentence names later as an object)."""
    if not contains_any(sent.text, _BODY_NOUNS):
        return False
    hit = _UNNAMED_BODY_OPENER.match(sent.text, len(sent.text) - len(sent.text.lstrip()))
    return hit is not None and not any(m.start - sent.start < hit.end() for m in mentions)
