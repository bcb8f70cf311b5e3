"""The extraction a document's resolved entities and raw relations make: actors, and relations with their
evidence (offsets in the document's own text), dates and properties; one relation per sentence and triple."""

from __future__ import annotations

import datetime as dt

from actorgraph.graph.model import Actor, Document, Evidence, Relation
from actorgraph.graph.registry import RelationStatus, ontology
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.extractor.coref import EntityTable
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.relations import RawRelation
from actorgraph.loaders.extractor.text import Sentence


def build_extraction(document: Document, sentences: list[Sentence], mentions: list[list[Mention]], table: EntityTable,
           raw: list[RawRelation], origin: list[int] | None = None) -> Extraction:
    """The actors and relations; ``origin`` maps offsets of the plain text the rules read to the document's."""
    actors: dict[str, Actor] = {}
    for key, ent in table.entities.items():
        try:
            actors[key] = Actor.extracted(ent.name, ent.kind, sorted(ent.aliases))
        except ValueError:
            continue
    relations: dict[str, Relation] = {}
    evidences: dict[tuple[bool, int, int], Evidence] = {}  # one per sentence (its relations share it)
    type_names: dict[str, str] = {}  # a raw type -> the ontology's name of it (what Relation.type becomes)
    for r in raw:
        if not r.source or not r.target or r.source == r.target or r.source not in actors or r.target not in actors \
                or r.props.get("casualties"):
            continue
        s = r.sentence
        headline = s.index < 0
        ev = evidences.get((headline, s.start, s.end))
        if ev is None:
            ev = evidences[headline, s.start, s.end] = _evidence(document, s, headline, origin)
        type_name = type_names.get(r.type)
        if type_name is None:
            type_name = type_names[r.type] = ontology().relation_type(r.type).name
        key = f"{actors[r.source].id}|{type_name}|{actors[r.target].id}|{ev.start}|{ev.locator}"
        if key in relations and not relations[key].confidence < r.confidence:
            continue  # (the same relation from the same sentence, found before with no lower confidence)
        attributed = r.props.get("attributed_to")
        props: dict[str, str | bool] = {"trigger": r.trigger_text, "extractor": "rules"}
        if r.implicit:
            props["agent"] = "implicit"
        if r.props.get("date_precision") not in (None, "day"):
            props["date_precision"] = r.props["date_precision"]
        # a hypothetical event (expected, planned, asked for) has not happened: a date in its sentence is the
        # date of the plan or the request ("said on Friday it was ready to hold talks"), not of the event
        date = r.props.get("date") if r.status != RelationStatus.HYPOTHETICAL else None
        if date and r.props.get("date_inferred"):
            props["date_inferred"] = True
        if r.props.get("affiliation") == "inferred":
            props["affiliation"] = "inferred"
        relations[key] = Relation.extracted(
            actors[r.source].id, type_name, actors[r.target].id, dt.date.fromisoformat(date) if date else None,
            r.status, r.confidence, actors[attributed].id if attributed in actors else None, ev, props)
    counts = {actors[k].id: e.count for k, e in table.entities.items() if k in actors}
    return Extraction(document=document, actors=list(actors.values()), relations=list(relations.values()),
                      mentions=counts)


def _evidence(document: Document, s: Sentence, headline: bool, origin: list[int] | None) -> Evidence:
    """The evidence of a relation found in sentence ``s``."""
    if headline:
        return Evidence.of_sentence(document.id, s.text, locator="title")
    if origin is None:
        return Evidence.of_sentence(document.id, s.text, s.start, s.end)
    start, end = origin[s.start], origin[s.end - 1] + 1
    return Evidence.of_sentence(document.id, (document.text or "")[start:end], start, end)
