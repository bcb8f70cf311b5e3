"""A crowd the state's force acts on at a protest protests against that state: "Police arrested 18 protesters",
"police fired tear gas at thousands of opposition supporters who had gathered outside the court", "security
forces detained dozens of demonstrators" — the crowd PROTESTS whoever polices it (as the development gold records
the protest the story only implies).

The crowd is a counted group the arrest, detention or dispersal falls on: a crowd of protest by its very noun
("protesters", "demonstrators", "marchers"), or a crowd of supporters, students, workers … when the sentence tells
of a protest or of the means of crowd control ("rally", "marched", "tear gas"), and then only when arrested, detained or dispersed (not killed in a strike). A crowd
gathered outside a body's building protests that body ("outside the commission's headquarters"), when the story
names it. One such protest of a state per story: a later "37 protesters detained" is the same crowd. Not when the sentence already has
the crowd protest someone ("exiles who marched on the embassy were detained": the embassy's state is protested,
not the police's), nor for a coercion only threatened or denied."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from actorgraph.graph.model import RelationStatus
from actorgraph.loaders.extractor.group_protests import body_with_word
from actorgraph.loaders.extractor.protest_participants import participants_protest
from actorgraph.loaders.extractor.relations import RawRelation

if TYPE_CHECKING:
    from actorgraph.loaders.extractor.coref import EntityTable

_FORCE_TYPES = ("COERCES", "ATTACKS")
# a crowd that is one by being at a protest
_PROTEST_CROWDS = frozenset("protesters protestors demonstrators marchers".split())
# a crowd that is one only at a protest the sentence tells of
_CROWDS_AT_PROTEST = frozenset("supporters students activists workers farmers exiles residents youths villagers "
                               "traders vendors miners teachers members".split())
_PROTEST_CUE = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march(?:ed|ing|es)?|gathered|"
                          r"sit-ins?|blockades?|tear\s+gas|water\s+cannons?|disperse\w*)\b", re.I)
# "gathered outside the commission's headquarters": the body whose building it is
_VENUE = re.compile(r"\b(?:outside|in\s+front\s+of)\s+the\s+(?:[\w\-]+\s+)?([\w\-]+?)(?:['’]s)?\s+"
                    r"(?:building|headquarters|offices?|premises)\b", re.I)
_KEPT_PROPS = ("date", "date_precision", "date_inferred")


def policed_crowds(raw: list[RawRelation], table: EntityTable) -> list[RawRelation]:
    """The protests implied by ``raw``'s arrests, detentions and dispersals of crowds (new relations only)."""
    out: list[RawRelation] = []
    known = {(r.source, r.type, r.target) for r in raw}
    protesting = {(r.source, id(r.sentence)) for r in raw if r.type == "PROTESTS"}
    states_protested: set[str] = set()  # by a crowd this adds ("thousands of supporters ... 37 protesters detained")
    for r in raw:
        if r.type not in _FORCE_TYPES or not r.source or not r.target or not r.target.startswith("Group:") \
                or not r.source.startswith("Country:") or r.status not in (RelationStatus.ASSERTED,
                                                                          RelationStatus.REPORTED):
            continue
        entity = table.entities.get(r.target)
        head = entity.tokens[-1] if entity is not None and entity.tokens else ""
        if head not in _PROTEST_CROWDS and not (head in _CROWDS_AT_PROTEST and r.type == "COERCES"
                                                and _PROTEST_CUE.search(r.sentence.text)):
            continue
        if (r.target, id(r.sentence)) in protesting or r.source in states_protested:
            continue
        venue = _VENUE.search(r.sentence.text)
        target = (body_with_word(venue.group(1), table) if venue else None) or r.source
        if (r.target, "PROTESTS", target) in known:
            continue
        states_protested.add(r.source)
        rel = participants_protest(r, target, _KEPT_PROPS)
        rel.status = RelationStatus.ASSERTED
        known.add((rel.source, rel.type, rel.target))
        out.append(rel)
    return out
