"""Engine-neutral write statements built from model objects, and the one relation-by-id lookup.

Labels and relationship types are interpolated only after being checked against the ontology;
every value travels as a parameter (``$rows``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from actorgraph.graph.model import Actor, Document, Relation, normalize_name
from actorgraph.graph.registry import ontology


@dataclass
class Statement:
    cypher: str
    params: dict[str, Any] = field(default_factory=dict)


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _union(prop: str, param: str) -> str:
    """Cypher expression that appends the new list items of ``param`` to list property ``prop``."""
    return (
        f"CASE WHEN {prop} IS NULL THEN {param} "
        f"ELSE {prop} + [x IN {param} WHERE NOT x IN {prop}] END"
    )


# Provenance from several lists on one actor: these list properties gather every load's values instead of the
# last load replacing them, and the write-once ones keep the first load's value (``list_sources`` has them all).
ACCUMULATED_PROPS = ("list_sources", "programs", "datasets", "source_urls",  # provenance
                     "country_codes", "countries", "nationality_codes", "nationalities", "citizenship_codes",
                     "citizenships", "birth_dates", "birth_date_notes", "birth_dates_unparsed")  # list facts
WRITE_ONCE_PROPS = ("list_source",)
# Single-valued facts kept for queries written before the lists: always the first of their accumulated list, so
# the scalar and the list agree whatever the load order (a last-writer scalar would flip with each re-load).
FIRST_OF_PROPS = (("dob", "birth_dates"), ("nationality", "nationalities"), ("citizenship", "citizenships"))


def _provenance_sets() -> str:
    """SET items merging a row's accumulated and write-once properties into actor ``a``, then (a second SET,
    so they read the merged lists) the single-valued facts taken from them."""
    acc = [f"a.{k} = CASE WHEN row.acc.{k} IS NULL THEN a.{k} ELSE {_union(f'a.{k}', f'row.acc.{k}')} END"
           for k in ACCUMULATED_PROPS]
    once = [f"a.{k} = coalesce(a.{k}, row.once.{k})" for k in WRITE_ONCE_PROPS]
    first = [f"a.{k} = coalesce(head(a.{lst}), a.{k})" for k, lst in FIRST_OF_PROPS]
    return f"{', '.join(acc + once)} SET {', '.join(first)}"


def _search_text(search_names: list[str]) -> str:
    """What ``trim(reduce(s = '', n IN names | s + ' ' + n))`` gives in Cypher."""
    return "".join(" " + n for n in search_names).strip()


def actor_row(actor: Actor) -> dict[str, Any]:
    names = [actor.name, *actor.aliases]
    search_names = list(dict.fromkeys(normalize_name(n) for n in names))
    props = dict(actor.properties)
    acc: dict[str, list[Any]] = {}
    for key in ACCUMULATED_PROPS:
        values = props.get(key)
        if isinstance(values, list):
            acc[key] = list(dict.fromkeys(values))
            del props[key]
    once = {k: props.pop(k) for k in WRITE_ONCE_PROPS if props.get(k) is not None}
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "aliases": actor.aliases,
        "external_ids": actor.external_ids,
        "search_names": search_names,
        "search_text": _search_text(search_names),  # a new actor's; stored ones recompute it after the union
        "description": actor.description,
        "props": props,
        "acc": acc,
        "once": once,
    }


def _fold_actor_rows(actors: Iterable[Actor]) -> list[dict[str, Any]]:
    """One row per actor id, folding repeats in order the way consecutive upserts would."""
    rows: dict[str, dict[str, Any]] = {}
    for actor in actors:
        row = actor_row(actor)
        old = rows.get(row["id"])
        if old is None:
            rows[row["id"]] = row
            continue
        for key in ("aliases", "external_ids", "search_names"):
            old[key] = old[key] + [x for x in row[key] if x not in old[key]]
        old["search_text"] = _search_text(old["search_names"])
        old["kind"] = row["kind"]
        old["description"] = row["description"] if row["description"] is not None else old["description"]
        old["props"].update(row["props"])
        for key, values in row["acc"].items():
            have = old["acc"].setdefault(key, [])
            have += [x for x in values if x not in have]
        for key, value in row["once"].items():
            old["once"].setdefault(key, value)
    return list(rows.values())


def actor_statements(actors: Iterable[Actor], create_split: bool = False) -> list[Statement]:
    """MERGE actors by id, unioning aliases, external ids and search names into stored ones.

    With ``create_split`` each statement first updates the actors already stored, then CREATEs the
    rest with all their labels at once: the same result, but FalkorDB adds a label to a node
    created in the same query slowly (about 4x the whole load), so its store uses this form. It
    relies on the writer being serialised (FalkorDB runs one write query at a time per graph);
    Neo4j keeps MERGE, which locks on the unique constraint for concurrent writers. New actors get
    ``search_text`` computed here: ``reduce()`` inside a CREATE property map crashed FalkorDB 4.16.3
    (a segfault in Record_Clone, seen once under the test suite).
    """
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _fold_actor_rows(actors):
        by_kind[ontology().actor_kind(row["kind"]).name].append(row)
    label = ontology().actor_label
    updates = (
        f"a.kind = row.kind, "
        f"a.aliases = {_union('a.aliases', 'row.aliases')}, "
        f"a.external_ids = {_union('a.external_ids', 'row.external_ids')}, "
        f"a.search_names = {_union('a.search_names', 'row.search_names')}, "
        "a.description = coalesce(row.description, a.description) "
        f"SET a += row.props SET {_provenance_sets()} "
        "SET a.search_text = trim(reduce(s = '', n IN a.search_names | s + ' ' + n))"
    )
    out = []
    for kind, rows in by_kind.items():
        if create_split:
            cypher = (
                f"UNWIND $rows AS row MATCH (a:{label} {{id: row.id}}) SET a:{kind}, {updates} "
                "WITH count(*) AS _updated "
                f"UNWIND $rows AS row OPTIONAL MATCH (old:{label} {{id: row.id}}) "
                "WITH row WHERE old IS NULL "
                f"CREATE (a:{label}:{kind} {{id: row.id, name: row.name, norm_name: row.search_names[0], "
                "kind: row.kind, aliases: row.aliases, external_ids: row.external_ids, "
                "search_names: row.search_names, search_text: row.search_text}) "
                f"SET a.description = row.description SET a += row.props SET {_provenance_sets()}"
            )
        else:
            cypher = (
                "UNWIND $rows AS row "
                f"MERGE (a:{label} {{id: row.id}}) "
                "ON CREATE SET a.name = row.name, a.norm_name = row.search_names[0] "
                f"SET a:{kind}, {updates}"
            )
        out.append(Statement(cypher, {"rows": rows}))
    return out


def document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "ingested_at": _iso(doc.ingested_at),
        "props": {
            "title": doc.title,
            "url": doc.url,
            "source": doc.source,
            "published": _iso(doc.published),
            "path": doc.path,
        },
    }


def document_statements(docs: Iterable[Document]) -> list[Statement]:
    rows = [document_row(d) for d in docs]
    if not rows:
        return []
    label = ontology().document_label
    return [
        Statement(
            "UNWIND $rows AS row "
            f"MERGE (d:{label} {{id: row.id}}) "
            "ON CREATE SET d.ingested_at = row.ingested_at "
            "SET d += row.props",
            {"rows": rows},
        )
    ]


def mention_statements(mentions: dict[tuple[str, str], int]) -> list[Statement]:
    """``mentions`` maps (document id, actor id) to how many times the document mentions the actor."""
    if not mentions:
        return []
    o = ontology()
    rows = [{"doc": d, "actor": a, "count": n} for (d, a), n in mentions.items()]
    return [
        Statement(
            "UNWIND $rows AS row "
            f"MATCH (d:{o.document_label} {{id: row.doc}}) "
            f"MATCH (a:{o.actor_label} {{id: row.actor}}) "
            f"MERGE (d)-[m:{o.mentions_type}]->(a) "
            "SET m.count = row.count",
            {"rows": rows},
        )
    ]


def stale_relation_statements(doc_id: str, keep: list[str]) -> list[Statement]:
    """Delete the relations a document's earlier load gave that its new extraction no longer has.

    Reached through the actors the document mentions (its relations touch them), so it does not scan
    every relationship in the graph; edges that entity resolution moved to another actor are found too,
    because their mentions moved with them.
    """
    o = ontology()
    return [
        Statement(
            f"MATCH (d:{o.document_label} {{id: $doc}})-[:{o.mentions_type}]->(:{o.actor_label})"
            f"-[r]-(:{o.actor_label}) "
            "WHERE r.doc_id = $doc AND NOT r.id IN $keep "
            "WITH DISTINCT r DELETE r",
            {"doc": doc_id, "keep": keep},
        )
    ]


def stale_mention_statements(doc_id: str, keep: list[str]) -> list[Statement]:
    """Delete the document's MENTIONS edges to actors outside ``keep`` (its new extraction's actors, plus
    the actors active merges folded them into: see ``GraphStore.merged_into``).

    Must run after ``stale_relation_statements``, which reaches the stale relations through these edges.
    """
    o = ontology()
    return [
        Statement(
            f"MATCH (d:{o.document_label} {{id: $doc}})-[m:{o.mentions_type}]->(a:{o.actor_label}) "
            "WHERE NOT a.id IN $keep DELETE m",
            {"doc": doc_id, "keep": keep},
        )
    ]


def stale_mention_ids_cypher() -> str:
    """Ids of the actors document ``$doc`` mentions that are not in ``$keep`` (read-only)."""
    o = ontology()
    return (f"MATCH (d:{o.document_label} {{id: $doc}})-[:{o.mentions_type}]->(a:{o.actor_label}) "
            "WHERE NOT a.id IN $keep RETURN a.id AS id")


def merged_into_cypher() -> str:
    """The actors that active merge records say absorbed the ids in ``$ids`` (read-only; one step of a chain)."""
    return (f"MATCH (m:{ontology().merge_label}) WHERE m.status = 'active' AND m.absorbed IN $ids "
            "RETURN DISTINCT m.canonical AS id")


def relation_row(rel: Relation) -> dict[str, Any]:
    ev = rel.evidence
    props: dict[str, Any] = {
        "id": rel.id,
        "source": rel.source,
        "target": rel.target,
        "date": _iso(rel.date),
        "end_date": _iso(rel.end_date),
        "status": rel.status.value,
        "attributed_to": rel.attributed_to,
        "confidence": rel.confidence,
        "doc_id": ev.document_id,
        "sentence": ev.sentence,
        "start": ev.start,
        "end": ev.end,
        "locator": ev.locator,
    }
    clash = set(rel.properties) & set(props)
    if clash:
        raise ValueError(f"relation properties may not override {sorted(clash)}")
    props.update(rel.properties)
    return {"id": rel.id, "source": rel.source, "target": rel.target, "props": props}


def relation_statements(relations: Iterable[Relation]) -> list[Statement]:
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rel in relations:
        by_type[ontology().relation_type(rel.type).name].append(relation_row(rel))
    label = ontology().actor_label
    return [
        Statement(
            "UNWIND $rows AS row "
            f"MATCH (a:{label} {{id: row.source}}) "
            f"MATCH (b:{label} {{id: row.target}}) "
            f"MERGE (a)-[r:{rtype} {{id: row.id}}]->(b) "
            "SET r += row.props",
            {"rows": rows},
        )
        for rtype, rows in by_type.items()
    ]


def relation_by_id_cypher(tail: str) -> str:
    """``MATCH (a)-[r:T {id: $id}]->(b) <tail>`` for every relation type, joined by UNION ALL.

    Each branch is one edge-index seek: FalkorDB uses an edge index only when the pattern names exactly one
    type and neither end has a label (with ``(a:Actor)`` it scans the label first), and ``WHERE r.id = $id``
    over all types scanned every edge (2.4 s at 300,000 edges; this: 1-3 ms). Relation types join actors
    only, so the ends need no label. ``tail`` returns the same columns in every branch.
    """
    return " UNION ALL ".join(f"MATCH (a)-[r:{t} {{id: $id}}]->(b) {tail}" for t in sorted(ontology().relation_types))
