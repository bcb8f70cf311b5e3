"""A verb whose subject is the writer's "we" or "I", outside any quotation, is the statement's author's: "We have
received reports that X units detained nine men ..., and we call on X to disclose their whereabouts". No mention
stands for "we", so the verb took the nearest name before it as its agent (the nine men, "the nine men DEMANDS X";
round 23). Such a relation is dropped; a quoted "we" is its speaker's, found by the quotation rules, and so is
one told before a speech tag ("We urge X to withdraw, the minister said")."""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.quoted_speakers import quotation
from actorgraph.loaders.extractor.relations import RawRelation

# "we call on", "we also urge", "I strongly condemn", ", and we therefore demand": the subject right before the verb
_WRITER_BEFORE = re.compile(r"(?:^|[\s,;(])(?:we|i)\s+(?:(?:[a-z]+ly|also|therefore|again|further|now|still)\s+){0,2}$",
                            re.I)

# "We urge X to withdraw, Somalia's foreign minister said": unquoted speech, its speaker named after it
_TAGGED_AFTER = re.compile(r",\s+(?:[\w\-.’']+\s+){1,6}?(?:said|says|added|told|stated|wrote)\b")


def writers_act(r: RawRelation) -> bool:
    """Whether ``r``'s verb has the writer's "we"/"I" for its subject, outside a quotation."""
    text = r.sentence.text
    before = text[max(0, r.trigger_start - 30) : r.trigger_start]
    if " we " not in f" {before.lower()}" and " i " not in f" {before.lower()}":
        return False
    return _WRITER_BEFORE.search(before) is not None and quotation(text, r.trigger_start) is None \
        and _TAGGED_AFTER.search(text, r.trigger_start) is None
