"""Accession talks told as a noun with the body named before it: "Peru's EU accession talks", "North Macedonia's
European Union membership negotiations", "Chile, which hopes to wrap up its EU accession talks". The candidate
state NEGOTIATES_WITH the body it would join (the talks are held with the body, whoever stalls or blocks them);
"accession talks with the EU" is the trigger rules' "talks with". A candidate that is itself a body ("its" after
a ministry) is not meant: states only."""

from __future__ import annotations

import re

from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.extractor.mentions import Mention, resolved_in_order
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence

# after the body: at most one more word ("first", "formal"), then the accession noun and the talks
_TALKS_AFTER = re.compile(r"\s+(?:[a-z][\w\-]*\s+)?(?:accession|membership|entry)\s+(?:talks|negotiations)\b")
# before the body: the candidate's possessive ("Peru's ") or a possessive pronoun standing for it ("its ")
_POSSESSIVE = re.compile(r"^['’]s?\s+(?:first\s+|formal\s+|stalled\s+)?$")
_PRONOUN = re.compile(r"\b(?:its|their)\s+(?:first\s+|formal\s+|stalled\s+)?$", re.I)


def accession_talks(sent: Sentence, mentions: list[Mention]) -> list[RawRelation]:
    text = sent.text
    if "accession" not in text and "membership" not in text and "entry" not in text:
        return []
    base, out = sent.start, []
    ms = resolved_in_order(mentions)
    for k, body in enumerate(ms):
        if body.kind != "Organization" or not (talks := _TALKS_AFTER.match(text, body.end - base)):
            continue
        prev = ms[k - 1] if k else None
        state: Mention | None
        if prev is not None and _POSSESSIVE.match(text[prev.end - base : body.start - base]):
            state = prev
        elif _PRONOUN.search(text, max(0, body.start - base - 30), body.start - base):
            state = next((m for m in reversed(ms[:k]) if m.kind != "Person"), None)
        else:
            continue
        if state is None or state.kind != "Country" or state.entity == body.entity:
            continue
        out.append(RawRelation(state.entity, "NEGOTIATES_WITH", body.entity, sent, body.start - base,
                               text[body.start - base : talks.end()], RelationStatus.ASSERTED, 0.6,
                               props={"background": "1"}))  # talks under way, no event of the sentence's day
    return out
