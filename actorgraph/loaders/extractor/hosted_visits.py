"""A visitor welcomed at a place is met, not praised: "Chile welcomed opposition leader X to Santiago", "welcomed
Peru's foreign minister to the presidential palace" (as "hosted X in Santiago" already is), while "welcomed Peru's
decision to withdraw", "welcomed X's release" and "welcomed Sweden to the alliance" stay support. So is one received
there without a post ("received X in Santiago", the trigger's ``obj: visitor``), not "received X's letter in Lima"."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.role_words import FREE, MODS, ROLE

# "to Santiago", "in the capital", "at his residence" (a capitalised place the mentions did not take)
_PLACE = re.compile(r"\s+(?:to|in|at)\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:presidential|royal)\s+)?(?:palace|capital|city|headquarters|"
                    r"residence|[A-Z][\w\-]+)")
_ROLE_AFTER = re.compile(rf"['’]s?\s+{FREE}{MODS}{ROLE}\b", re.I)  # "Peru's foreign minister": a visitor for Peru
_NO_CLAUSE = re.compile(r"[^,;:\"“]*")


def welcomed_visitors(ms: list[Mention], targets: list[Mention], text: str, base: int, e: int) -> bool:
    """Whether the actors a "welcomed" or "received" ending at ``e`` takes (``targets``) are visitors welcomed at
    a place."""
    if not targets or any(e <= m.start - base < targets[0].start - base for m in ms if m not in targets):
        return False
    if not _NO_CLAUSE.fullmatch(text[e : targets[0].start - base]):
        return False
    last = targets[-1]
    rest = text[last.end - base :]
    if last.possessive:
        role = _ROLE_AFTER.match(rest)
        if role is None:
            return False  # "welcomed Peru's decision to withdraw"
        rest = rest[role.end() :]
    elif last.kind != "Person":
        return False  # "welcomed Sweden to the alliance"
    place = _PLACE.match(rest)
    if place is None:
        return False
    at = len(text) - len(rest) + place.end() - len(place.group(0).split()[-1])
    return not any(m.start - base == at and m.kind == "Organization" for m in ms)
