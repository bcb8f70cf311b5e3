"""Relations: paged, filtered listing and one relation with its evidence."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from actorgraph.api.convert import relation_detail, relation_out
from actorgraph.api.cursor import decode_cursor, encode_cursor
from actorgraph.api.deps import StoreDep, require_read
from actorgraph.api.problems import NOT_FOUND
from actorgraph.api.schemas import RelationDetail, RelationPage, RelationTypeName
from actorgraph.errors import InvalidInput, NotFound
from actorgraph.graph.cypher import relation_by_id_cypher
from actorgraph.graph.registry import RelationStatus, ontology
from actorgraph.graph.store import GraphStore
from actorgraph.queries.merged_ids import actor_or_successor

router = APIRouter(prefix="/relations", tags=["relations"], dependencies=[Depends(require_read)])


def _type_pattern(types: list[str] | None) -> str:
    """``:T1|T2`` from registry names only (user values were validated against the registry enum)."""
    return ":" + "|".join(_type_names(types))


def _type_names(types: list[str] | None) -> list[str]:
    o = ontology()
    return sorted({o.relation_type(t).name for t in types} if types else set(o.relation_types))


_RETURN = "RETURN r, a.name AS source_name, b.name AS target_name, type(r) AS rtype"


@router.get("", response_model=RelationPage,
            summary="List relations (filter by type, source, target, status, date range; cursor pages)",
            description="One item per statement, ordered by relation type then id; `next_cursor` continues.")
def list_relations(
    store: StoreDep,
    type: Annotated[list[RelationTypeName] | None, Query(description="Relation types (repeatable)")] = None,
    source: Annotated[str | None, Query(max_length=300, description="Source actor id")] = None,
    target: Annotated[str | None, Query(max_length=300, description="Target actor id")] = None,
    status: Annotated[list[RelationStatus] | None, Query(description="Statuses (repeatable)")] = None,
    since: Annotated[dt.date | None, Query(description="Dated on or after (undated relations drop out)")] = None,
    until: Annotated[dt.date | None, Query(description="Dated on or before (undated relations drop out)")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> RelationPage:
    if since and until and since > until:
        raise InvalidInput("since is after until", field="since")
    types = _type_names([t.value for t in type] if type else None)
    statuses = sorted({s.value for s in status}) if status else None
    source, target = _kept_id(store, source), _kept_id(store, target)
    filters = {"type": types, "source": source, "target": target, "status": statuses,
               "since": since, "until": until}
    after = decode_cursor(cursor, filters)
    after_type, _, after_id = (after or "").partition(" ")
    label = ontology().actor_label
    params: dict[str, Any] = {}
    where: list[str] = []
    src = f"(a:{label} {{id: $source}})" if source else f"(a:{label})"
    dst = f"(b:{label} {{id: $target}})" if target else f"(b:{label})"
    if source:
        params["source"] = source
    if target:
        params["target"] = target
    if statuses:
        where.append("r.status IN $statuses")
        params["statuses"] = statuses
    if since:
        where.append("r.date >= $since")
        params["since"] = since.isoformat()
    if until:
        where.append("r.date <= $until")
        params["until"] = until.isoformat()
    if source or target:
        # Anchored on an actor: one indexed lookup, few rows; order by (type, id) in the engine.
        if after:
            where.append("(type(r) > $after_type OR (type(r) = $after_type AND r.id > $after_id))")
            params.update(after_type=after_type, after_id=after_id)
        cypher = (f"MATCH {src}-[r{_type_pattern(types)}]->{dst} "
                  + (f"WHERE {' AND '.join(where)} " if where else "")
                  + f"{_RETURN} ORDER BY rtype, r.id LIMIT $limit")
        rows = store.query(cypher, {**params, "limit": limit + 1}, max_rows=limit + 1).rows
    else:
        rows = _walk_types(store, types, src, dst, where, params, after_type, after_id, limit + 1)
    items = [relation_out(r["r"], r["source_name"], r["target_name"]) for r in rows[:limit]]
    next_cursor = (encode_cursor(f"{items[-1].type} {items[-1].id}", filters) if len(rows) > limit else None)
    return RelationPage(items=items, next_cursor=next_cursor)


def _kept_id(store: GraphStore, actor_id: str | None) -> str | None:
    """An id a merge absorbed filters on the actor that absorbed it (an unknown id stays as given: no rows)."""
    if actor_id is None:
        return None
    found = actor_or_successor(store, actor_id)
    return str(found[0]["id"]) if found else actor_id


def _walk_types(store: GraphStore, types: list[str], src: str, dst: str, where: list[str],
                params: dict[str, Any], after_type: str, after_id: str, wanted: int) -> list[dict[str, Any]]:
    """Unanchored pages one relation type at a time: sorting one type's edges is cheap, sorting every
    edge of a large graph is not."""
    rows: list[dict[str, Any]] = []
    for rtype in types:
        if after_type and rtype < after_type:
            continue
        clauses = list(where)
        values = dict(params)
        if after_type and rtype == after_type:
            clauses.append("r.id > $after_id")
            values["after_id"] = after_id
        cypher = (f"MATCH {src}-[r:{rtype}]->{dst} "
                  + (f"WHERE {' AND '.join(clauses)} " if clauses else "")
                  + f"{_RETURN} ORDER BY r.id LIMIT $limit")
        need = wanted - len(rows)
        rows += store.query(cypher, {**values, "limit": need}, max_rows=need).rows
        if len(rows) >= wanted:
            break
    return rows


@router.get("/{relation_id}", response_model=RelationDetail, responses=NOT_FOUND,
            summary="One relation with its evidence (document title and url, sentence, offsets)")
def get_relation(
    store: StoreDep,
    relation_id: Annotated[str, Path(min_length=1, max_length=300, examples=["rel:4b1c0e8f0d2a6f1e9a7b3c5d"])],
) -> RelationDetail:
    cypher = relation_by_id_cypher(
        f"OPTIONAL MATCH (d:{ontology().document_label} {{id: r.doc_id}}) "
        "RETURN r, a.name AS source_name, b.name AS target_name, d.title AS doc_title, "
        "d.url AS doc_url, d.published AS doc_published")
    rows = store.query(cypher, {"id": relation_id}, max_rows=1).rows
    if not rows:
        raise NotFound(f"no relation with id {relation_id!r}", field="relation_id")
    return relation_detail(rows[0])
