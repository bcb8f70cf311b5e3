"""Actors: paged listing, ranked search, one actor, its neighbourhood."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Response

from actorgraph.api.convert import actor_out
from actorgraph.api.cursor import decode_cursor, encode_cursor
from actorgraph.api.deps import SettingsDep, StoreDep, require_read
from actorgraph.api.merge_redirect import canonical_headers, lookup_actor
from actorgraph.api.problems import NOT_FOUND
from actorgraph.api.schemas import (
    ActorHit,
    ActorKindName,
    ActorLookup,
    ActorPage,
    Neighbourhood,
    RelationTypeName,
)
from actorgraph.errors import InvalidInput
from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import RelationStatus, ontology
from actorgraph.graph.store import GraphStore

router = APIRouter(prefix="/actors", tags=["actors"], dependencies=[Depends(require_read)])

ActorIdPath = Annotated[str, Path(description="Actor id, e.g. person:nicolas-maduro", min_length=1,
                                  max_length=300, examples=["person:nicolas-maduro"])]


def fetch_actor(store: GraphStore, actor_id: str) -> dict[str, Any]:
    """The actor node; an id a merge absorbed gives the actor that absorbed it (see merge_redirect)."""
    return lookup_actor(store, actor_id).node


@router.get("", response_model=ActorPage, summary="List actors (filter by name text and kind; cursor pages)")
def list_actors(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="Words that must appear in a name or alias "
                                   "(accent- and case-insensitive)")] = None,
    kind: Annotated[ActorKindName | None, Query(description="Actor kind")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    cursor: Annotated[str | None, Query(max_length=500, description="`next_cursor` of the previous page")] = None,
) -> ActorPage:
    text = normalize_name(q) if q else None
    filters = {"q": text, "kind": kind.value if kind else None}
    after = decode_cursor(cursor, filters)
    o = ontology()
    label = o.actor_label + (f":{o.actor_kind(kind.value).name}" if kind else "")
    where: list[str] = []
    params: dict[str, Any] = {"limit": limit + 1}
    if after is not None:
        where.append("a.id > $after")
        params["after"] = after
    for i, word in enumerate((text or "").split()):
        where.append(f"a.search_text CONTAINS $w{i}")
        params[f"w{i}"] = word
    cypher = (f"MATCH (a:{label}) " + (f"WHERE {' AND '.join(where)} " if where else "")
              + "RETURN a ORDER BY a.id LIMIT $limit")
    nodes = store.query(cypher, params, max_rows=limit + 1).values("a")
    items = [actor_out(n) for n in nodes[:limit]]
    next_cursor = encode_cursor(items[-1].id, filters) if len(nodes) > limit else None
    return ActorPage(items=items, next_cursor=next_cursor)


@router.get("/search", response_model=list[ActorHit], summary="Ranked fuzzy search over names and aliases")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Name, alias or part of one")],
    kind: Annotated[ActorKindName | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[ActorHit]:
    from actorgraph.queries.search import search_actors

    if not normalize_name(q):
        raise InvalidInput("search text has no letters or digits", field="q")
    hits = search_actors(store, q, kind=kind.value if kind else None, limit=limit)
    return [ActorHit(**actor_out({k: v for k, v in hit.items() if k != "score"}).model_dump(),
                     score=hit.get("score")) for hit in hits]


@router.get("/{actor_id}", response_model=ActorLookup, responses=NOT_FOUND, summary="One actor",
            description="An id that an entity-resolution merge absorbed answers 200 with the actor that kept "
                        "it: `redirected_from` names the id asked for, `merge_ids` the merges followed, and "
                        "`Content-Location` / `Link: rel=canonical` the kept actor's URL. Unknown ids are 404.")
def get_actor(store: StoreDep, actor_id: ActorIdPath, response: Response) -> ActorLookup:
    found = lookup_actor(store, actor_id)
    response.headers.update(canonical_headers("/actors", found))
    return ActorLookup(**actor_out(found.node).model_dump(), redirected_from=found.redirected_from,
                       merge_ids=found.merge_ids)


@router.get("/{actor_id}/neighbors", response_model=Neighbourhood, responses=NOT_FOUND,
            summary="Actors within N hops, filtered by relation type, status and date window")
def neighbours(
    store: StoreDep,
    settings: SettingsDep,
    actor_id: ActorIdPath,
    response: Response,
    hops: Annotated[int, Query(ge=1, le=4, description="Path length")] = 1,
    type: Annotated[list[RelationTypeName] | None, Query(description="Relation types (repeatable)")] = None,
    status: Annotated[list[RelationStatus] | None, Query(description="Statuses (repeatable)")] = None,
    since: Annotated[dt.date | None, Query(description="Relations dated on or after")] = None,
    until: Annotated[dt.date | None, Query(description="Relations dated on or before")] = None,
    max_nodes: Annotated[int | None, Query(ge=1, le=100_000, description="Node cap (most connected kept)")] = None,
    max_edges: Annotated[int, Query(ge=1, le=100_000, description="Statement cap (the actor's own first)")] = 1000,
) -> Neighbourhood:
    from actorgraph.queries.subgraph import ego_network

    if since and until and since > until:
        raise InvalidInput("since is after until", field="since")
    found = lookup_actor(store, actor_id)
    response.headers.update(canonical_headers("/actors", found, "/neighbors"))
    center = str(found.node["id"])
    sub = ego_network(store, center, hops=hops, types=[t.value for t in type] if type else None,
                      statuses=[s.value for s in status] if status else None,
                      since=since.isoformat() if since else None, until=until.isoformat() if until else None,
                      max_nodes=min(max_nodes or settings.viz_max_nodes, 100_000), max_edges=max_edges)
    return Neighbourhood(center=center, nodes=sub.nodes, edges=sub.edges, omitted=dict(sub.omitted or {}),
                         redirected_from=found.redirected_from)
