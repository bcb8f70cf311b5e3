"""Property of an actor as the object of an act: "seized a tanker belonging to X", "impounded two ships owned by
X", "attacked a convoy operated by X". The act is done to the owner (as the annotated sets record "froze bank
accounts belonging to relatives", "set fire to machinery belonging to X"), and the unnamed property ties no one
to the agent: "belonging to" / "owned by" there is no ASSOCIATED_WITH of the one who seized it. A named vessel
is an actor itself and is the one seized ("seized the tanker X, owned by Y"); that is left to the vessel rules."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.trigger_scan import TriggerHit

# "a tanker belonging to ", "two cargo ships owned by the ": unnamed property (lowercase words, no comma), its owner next
OWNED_GAP = re.compile(r"^\s+(?:(?:the|an?|its|their|his|her|some|several|two|three|four|five|\d[\d,]*)\s+)?"
                       r"(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*\s+(?:belonging\s+to|owned\s+by|operated\s+by|run\s+by|"
                       r"controlled\s+by)\s+(?:the\s+)?$")
_OWNED_PHRASES = ("belonging to", "owned by", "controlled by")
_OWNED_WORDS = re.compile(rf"(?:{'|'.join(_OWNED_PHRASES)})$")


def unowned_ties(kept: list[TriggerHit], low: str, spans: list[tuple[int, int]]) -> list[TriggerHit]:
    """``kept`` without the "belonging to" / "owned by" ties that only say whose a verb's unnamed object is."""
    if not any(phrase in low for phrase in _OWNED_PHRASES):
        return kept
    verbs = [h for h in kept if h[2].form == "verb" and h[2].type != "ASSOCIATED_WITH"]

    def on_object(h: TriggerHit) -> bool:
        if h[2].type != "ASSOCIATED_WITH" or not _OWNED_WORDS.search(low[h[0] : h[1]]):
            return False
        return any(v[1] < h[0] and OWNED_GAP.match(low[v[1] : h[1]] + " ")
                   and not any(v[1] <= s < h[0] for s, _ in spans) for v in verbs)

    return [h for h in kept if not on_object(h)]
