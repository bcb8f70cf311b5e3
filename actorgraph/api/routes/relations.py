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
from actorgraph.graph.registry import RelationStatus, ontology

router = APIRouter(prefix="/relations", tags=["relations"], dependencies=[Depends(require_read)])


def _type_pattern(types: list[str] | None) -> str:
    """``:T1|T2`` from registry names only (user values were validated against the registry enum)."""
    o = ontology()
    names = [o.relation_type(t).name for t in types] if types else list(o.relation_types)
    return ":" + "|".join(dict.fromkeys(names))


@router.get("", response_model=RelationPage,
            summary="List relations (filter by type, source, target, status, date range; cursor pages)")
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
    types = sorted({t.value for t in type}) if type else None
    statuses = sorted({s.value for s in status}) if status else None
    filters = {"type": types, "source": source, "target": target, "status": statuses,
               "since": since, "until": until}
    after = decode_cursor(cursor, filters)
    label = ontology().actor_label
    params: dict[str, Any] = {"limit": limit + 1}
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
    if after is not None:
        where.append("r.id > $after")
        params["after"] = after
    cypher = (f"MATCH {src}-[r{_type_pattern(types)}]->{dst} "
              + (f"WHERE {' AND '.join(where)} " if where else "")
              + "RETURN r, a.name AS source_name, b.name AS target_name ORDER BY r.id LIMIT $limit")
    rows = store.query(cypher, params, max_rows=limit + 1).rows
    items = [relation_out(r["r"], r["source_name"], r["target_name"]) for r in rows[:limit]]
    next_cursor = encode_cursor(items[-1].id, filters) if len(rows) > limit else None
    return RelationPage(items=items, next_cursor=next_cursor)


@router.get("/{relation_id}", response_model=RelationDetail, responses=NOT_FOUND,
            summary="One relation with its evidence (document title and url, sentence, offsets)")
def get_relation(
    store: StoreDep,
    relation_id: Annotated[str, Path(min_length=1, max_length=300, examples=["rel:4b1c0e8f0d2a6f1e9a7b3c5d"])],
) -> RelationDetail:
    o = ontology()
    cypher = (f"MATCH (a:{o.actor_label})-[r{_type_pattern(None)}]->(b:{o.actor_label}) WHERE r.id = $id "
              f"OPTIONAL MATCH (d:{o.document_label} {{id: r.doc_id}}) "
              "RETURN r, a.name AS source_name, b.name AS target_name, d.title AS doc_title, "
              "d.url AS doc_url, d.published AS doc_published LIMIT 1")
    rows = store.query(cypher, {"id": relation_id}, max_rows=1).rows
    if not rows:
        raise NotFound(f"no relation with id {relation_id!r}", field="relation_id")
    return relation_detail(rows[0])
