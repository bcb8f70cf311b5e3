""" "X was arrested during a demonstration outside the Indian embassy": whoever is arrested, detained or
hurt at a protest held at a state's embassy or consulate took part in it, so protests against that state.

The act (the arrest) is found by the sentence's own rules; this adds the participation it implies."""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from actorgraph.loaders.extractor.lexicon import lexicon
from actorgraph.loaders.extractor.relations import RawRelation

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_PROTEST_AT = re.compile(r"\b(?:during|after|at|in|following)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?"
                         r"(?:protests?|demonstrations?|rally|rallies|sit-ins?|vigils?|picket)\s+"
                         r"(?:outside|at|in\s+front\s+of|near|before)\s+(?:the\s+)?(?P<state>[\w\-’']+(?:\s+[\w\-’']+)?)"
                         r"\s+(?:embassy|consulate|mission|high\s+commission)\b", re.I)
_PARTICIPANT_ACTS = ("COERCES", "ATTACKS")
_DIPLOMATIC_PARTS = re.compile(r"embass|consul|mission|commission", re.I)  # one is in every _PROTEST_AT match


def protest_participants(raw: list[RawRelation], table: EntityTable) -> list[RawRelation]:
    out: list[RawRelation] = []
    for r in raw:
        if r.type not in _PARTICIPANT_ACTS or not r.target or r.target.startswith("Country:") \
                or not _DIPLOMATIC_PARTS.search(r.sentence.text):
            continue
        hit = _PROTEST_AT.search(r.sentence.text, r.trigger_start)
        if hit is None:
            continue
        state = _state_of(hit.group("state"), table, r.sentence.start + hit.start("state"))
        if state is None or state in (r.source, r.target):
            continue
        rel = participants_protest(r, state, ("date", "date_precision"))
        rel.trigger_start, rel.trigger_text = hit.start(), hit.group(0)
        out.append(rel)
    return out


def participants_protest(r: RawRelation, target: str, kept_props: tuple[str, ...]) -> RawRelation:
    """``r``'s target (those arrested, detained or hurt at a protest) PROTESTS ``target``: a copy of ``r`` with its
    date props (``kept_props``) and 0.7 of its confidence (shared with policed_crowds)."""
    rel = copy.copy(r)
    rel.props = {k: v for k, v in r.props.items() if k in kept_props}
    rel.source, rel.type, rel.target = r.target, "PROTESTS", target
    rel.implicit, rel.needs_partner = False, False
    rel.confidence = round(r.confidence * 0.7, 3)
    return rel


def _state_of(words: str, table: EntityTable, pos: int) -> str | None:
    """ "Indian", "the Chinese", "US": the country an embassy's modifier names (added to the table if new)."""
    tokens = words.split()
    for i in range(len(tokens)):
        form = lexicon().country_at(tokens, i)
        if form is not None and i + form[0] == len(tokens):
            ent = table.add(form[1].country, "Country", pos)
            ent.count = max(ent.count, 1)
            return ent.key
    return None
