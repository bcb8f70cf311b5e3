"""A question put to a speaker and set before the clause ("Asked at the briefing whether Kenya was weighing strikes
inside Somalia, spokesperson X declined to comment") tells what the speaker was asked, not what anyone did, and its
acts end at the comma that closes it: an act inside it took the speaker named after the comma as its object ("Kenya
ATTACKS X", round 23). A relation whose trigger is inside the fronted question and whose object is only named after
it is dropped."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

# "Asked whether ...,", "Asked by reporters about ...,", "Note to editors - Asked at the briefing if ...,"
_FRONTED = re.compile(r"(?:^|[-–—:]\s+)Asked\b[^,;]{0,80}?\b(?:whether|if|about|why|how|when)\b[^,;]*,")


def across_fronted_question(r: RawRelation, sent: Sentence, mentions: list[Mention]) -> bool:
    """Whether ``r``'s trigger stands in a fronted question and its target only after it."""
    if "Asked" not in sent.text[:120] or not r.target:
        return False
    q = _FRONTED.search(sent.text, 0, 200)
    if q is None or not q.start() <= r.trigger_start < q.end():
        return False
    at = [m.start - sent.start for m in mentions if m.entity == r.target]
    return bool(at) and all(p >= q.end() for p in at)
