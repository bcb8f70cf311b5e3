"""Funding told from the recipient's side: "X received at least €3 million last year from associates of Y" ->
Y AIDS X (the giver is whoever is named after "from", past "associates/allies/backers of")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.patterns import ACTOR_KINDS

_RECEIVED = re.compile(
    r"\b(?:received|receives|receiving|accepted|accepts|took|obtained|got)\s+(?:[\w\-$€£.,]+\s+){0,8}?"
    r"(?:[$€£]\s?[\d.,]+|[\d.,]+\s+(?:million|billion)|money|funds|funding|cash|payments?|donations?|loans?|weapons|"
    r"arms|drones|ammunition)\b(?:\s+[\w\-.,]+){0,4}?\s+from\s+"
    r"(?:(?:the\s+)?(?:associates|allies|backers|friends|relatives|companies|firms)\s+of\s+)?(?:the\s+)?"
    r"(?:[a-z][\w\-]*\s+){0,3}$")

_RECIPIENT_GAP = re.compile(r",?\s+(?:(?:has|have|had|also|allegedly|reportedly)\s+)*")  # recipient .. "received"


def funding_pairs(text: str, base: int, ms: list[Mention]) -> list[tuple[Mention, Mention, int, str]]:
    """(giver, recipient, trigger start, trigger text) for each "<recipient> received ... from <giver>"."""
    if "from" not in text:
        return []
    out = []
    for k, giver in enumerate(ms):
        if giver.kind not in ACTOR_KINDS or k == 0:
            continue
        window = max(0, giver.start - base - 160)
        hit = _RECEIVED.search(text, window, giver.start - base)
        if hit is None:
            continue
        before = [m for m in ms[:k] if m.end - base <= hit.start() and m.kind in ACTOR_KINDS]
        if not before or not _RECIPIENT_GAP.fullmatch(text[before[-1].end - base : hit.start()]):
            continue
        recipient = before[-1]
        if recipient.entity != giver.entity:
            out.append((giver, recipient, hit.start(), text[hit.start() : hit.start() + 8].split()[0]))
    return out
