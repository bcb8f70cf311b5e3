"""Countries named only as places ("talks held in Geneva and Norway", "fighters crossed from Chad", "a route
through Turkey") are settings, not actors: a country that takes part in no relation and is never named outside
a locative phrase is left out of the extraction. One named as a subject, object, possessor ("Chad's army") or
partner ("China and France agreed") keeps its place, even with no relation found for it."""

from __future__ import annotations

import re

from actorgraph.graph.model import normalize_name
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

# a preposition of place right before the name ("in the", "from", "across"); not "to" ("sent troops to X" is a
# recipient as often as a destination) nor "of"/"and"/"with" (parts of a party's name or of a coordinated subject)
_LOCATIVE = re.compile(r"\b(?:in|from|into|across|near|via|through|at|inside|throughout|within|outside)\s+(?:the\s+)?$",
                       re.I)


def _as_place(sent: Sentence, m: Mention) -> bool:
    return not m.possessive and _LOCATIVE.search(sent.text[max(0, m.start - sent.start - 20) : m.start - sent.start]) \
        is not None


def without_place_only_countries(extraction: Extraction, sentences: list[Sentence],
                                 mentions: list[list[Mention]]) -> Extraction:
    used = {x for r in extraction.relations for x in (r.source, r.target, r.attributed_to) if x}
    places: set[str] = set()  # entity keys of countries met in a locative phrase
    actors: set[str] = set()  # ... and met anywhere else
    for sent, sent_mentions in zip(sentences, mentions, strict=True):
        for m in sent_mentions:
            if m.entity and m.entity.startswith("Country:"):  # by name, or by "the government" and the like
                (places if _as_place(sent, m) else actors).add(m.entity)
    drop = {a.id for a in extraction.actors if a.kind == "Country" and a.id not in used
            and (key := f"Country:{normalize_name(a.name)}") in places and key not in actors}
    if drop:
        extraction.actors = [a for a in extraction.actors if a.id not in drop]
        extraction.mentions = {k: v for k, v in extraction.mentions.items() if k not in drop}
    return extraction
