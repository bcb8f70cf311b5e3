"""An official dismissed from a post is fired, not refused: "President X dismissed Prime Minister Y", "Y was dismissed
by President X", "X dismissed his interior minister, Y, in a reshuffle". The trigger for refusals reads "dismissed"
as a rejection ("dismissed the proposal", "dismissed X's claims"), so a person dismissed made X REJECTS Y, a stance
the text never states. A person right after the verb (past a title or "his/her ... minister,") or a person made the
passive subject is the one removed; "dismissed Y's remarks" (a possessive) and "dismissed Y as a puppet" (a
characterisation, no post) remain rejections (round 23)."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

_DISMISS = re.compile(r"(?:dismiss|sack)\w*", re.I)
# "was dismissed", "had been sacked", "who was dismissed from his post": the subject removed
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get|gets)\s+(?:\w+ly\s+)?$", re.I)
# between the verb and the person: a title or a post ("Prime Minister", "his interior minister,", "army chief")
_POST_GAP = re.compile(r"\s+(?:(?:the|his|her|its|their|a)\s+)?(?:[\w\-.]+,?\s+){0,4}?$", re.I)
# after the person: a characterisation ("as a puppet") or the person's own words or acts ("'s claims")
_NOT_FIRED_AFTER = re.compile(r"(?:['’]s?\b|\s+as\b)", re.I)


def fired_official(r: RawRelation, sent: Sentence, mentions: list[Mention]) -> bool:
    """Whether ``r`` is a REJECTS read off a person's dismissal from a post."""
    if r.type != "REJECTS" or not r.target or not _DISMISS.fullmatch(r.trigger_text.split()[0] if r.trigger_text else ""):
        return False
    text, base = sent.text, sent.start
    end = r.trigger_start + len(r.trigger_text)
    for m in mentions:
        if m.entity != r.target or m.kind != "Person":
            continue
        if m.end - base <= r.trigger_start:  # "Y was dismissed by X", "Y, who was dismissed by X,"
            if _PASSIVE_BEFORE.search(text, 0, r.trigger_start) and re.match(r"\s+(?:from\b|by\b|on\b|in\b|last\b|,)",
                                                                            text[end:]):
                return True
        elif _POST_GAP.fullmatch(text[end : m.start - base]) and "'" not in text[end : m.start - base] \
                and not _NOT_FIRED_AFTER.match(text, m.end - base):
            return True
    return False
