"""The named members of a counted group a sanction or designation was told on.

"added two officials to its sanctions list: police commander X and businessman Y" (a colon after the group),
"sanctioned four generals, who include X" (a relative of inclusion after the group), and, in the next sentences,
"The measures freeze the assets of the generals, who include X": each name gets the measure from its author
(measure_lists.listing_relations, as for "Among those designated were"). "including X" and "among them X" are read
by the argument rules already.
"""

from __future__ import annotations

import re

from actorgraph.loaders.extractor.arguments import coordinated
from actorgraph.loaders.extractor.measure_lists import listing_relations
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence, has_word

_MEASURES = ("SANCTIONS", "DESIGNATES")
# after the counted group: "... to its sanctions list: ", ", who include ", ", who are "
_AFTER_GROUP = re.compile(r"(?:\s+[^:;.,\"“”]{0,60}?)?:\s+|,\s+(?:who|which)\s+(?:include|includes|included|are|were)\s+")
_SPEECH = re.compile(r"\b(?:said|says|saying|told|telling|stating|statement|adding|wrote|declared|announced)\b")
# a later sentence: "... of the generals, who include "
_DEFINITE_INCLUDE = re.compile(r"\b(?:the|those|these)\s+(?:[\w\-]+\s+){0,2}?[a-z]+s,\s+who\s+(?:include|included)\s+")
_NAMED_KINDS = ("Person", "Organization", "Group")
_INCLUDE_WORDS = frozenset({"include", "included"})
_REACH = 2  # sentences back to the measure on the counted group


def included_targets(raw: list[RawRelation], sentences: list[Sentence],
                     mentions: dict[int, list[Mention]]) -> list[RawRelation]:
    """The measure on a counted group given to each member named after it, in its sentence or a later one."""
    on_groups = [r for r in raw if r.type in _MEASURES and r.source and r.target and not r.implicit
                 and r.target.startswith("Group:")]  # (a counted group's entity: "Group:four generals")
    if not on_groups:
        return []
    out: list[RawRelation] = []
    index = {s.start: k for k, s in enumerate(sentences)}
    for r in on_groups:
        k = index.get(r.sentence.start)
        if k is None:
            continue
        sent = sentences[k]
        ms = mentions.get(id(sent), [])
        group = next((m for m in ms if m.entity == r.target), None)
        if group is not None and (":" in sent.text or "," in sent.text):
            after = _AFTER_GROUP.match(sent.text, group.end - sent.start)
            if after is not None and not _SPEECH.search(after.group(0)):
                out.extend(listing_relations(r, None, sent, _named_run(ms, sent, after.end()), after.end()))
        for later in sentences[k + 1 : k + 1 + _REACH]:
            if later.headline or not has_word(later, _INCLUDE_WORDS):
                continue
            hit = _DEFINITE_INCLUDE.search(later.text)
            if hit is not None:
                out.extend(listing_relations(r, None, later, _named_run(mentions.get(id(later), []), later, hit.end()),
                                             hit.end()))
    return out


def _named_run(ms: list[Mention], sent: Sentence, at: int) -> list[Mention]:
    """The names listed from offset ``at``: the first mention there and those joined to it by commas and "and"
    (not "..., and bar firms from dealing with X": another clause's)."""
    ordered = sorted(ms, key=lambda m: m.start)
    first = next((k for k, m in enumerate(ordered) if m.start - sent.start >= at and m.kind in _NAMED_KINDS), None)
    if first is None or ordered[first].start - sent.start - at > 40:
        return []  # (a body before the first name only titles it: "police commissioner X")
    return coordinated(ordered, first, sent.text, sent.start, 1)
