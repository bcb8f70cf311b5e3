"""Paths between actors, named queries, and ad-hoc Cypher (read-only unless keyed and asked to write)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from actorgraph.api.cypher_guard import refuse_outside_reads
from actorgraph.api.deps import SettingsDep, StoreDep, check_write_key, require_read
from actorgraph.api.problems import NOT_FOUND
from actorgraph.api.query_schemas import (
    CypherRequest,
    NamedQueryOut,
    NamedQueryParam,
    NamedQueryRun,
    QueryResultOut,
)
from actorgraph.api.schemas import PathsOut, RelationTypeName
from actorgraph.errors import NotFound
from actorgraph.graph.registry import RelationStatus
from actorgraph.graph.store import QueryResult
from actorgraph.settings import Settings

router = APIRouter(tags=["queries"])


def result_out(result: QueryResult) -> QueryResultOut:
    return QueryResultOut(columns=result.columns, rows=result.rows, truncated=result.truncated,
                          row_count=len(result.rows), elapsed_ms=round(result.elapsed_ms, 3),
                          counters=result.counters)


def _limits(settings: Settings, timeout_s: float | None, max_rows: int | None) -> tuple[float, int]:
    """Client limits, never above the server's."""
    timeout = min(timeout_s or settings.query_timeout, settings.query_timeout)
    rows = min(max_rows or settings.max_rows, settings.max_rows)
    return timeout, rows


@router.get("/paths", response_model=PathsOut, responses=NOT_FOUND, dependencies=[Depends(require_read)],
            summary="Shortest paths (or all simple paths up to max_hops) between two actors")
def paths(
    store: StoreDep,
    source: Annotated[str, Query(min_length=1, max_length=300, description="Actor id or name",
                                 examples=["person:donald-trump"])],
    target: Annotated[str, Query(min_length=1, max_length=300, description="Actor id or name",
                                 examples=["person:nicolas-maduro"])],
    max_hops: Annotated[int, Query(ge=1, le=6)] = 6,
    all_paths: Annotated[bool, Query(description="All simple paths up to max_hops, not only the shortest")]
    = False,
    type: Annotated[list[RelationTypeName] | None, Query(description="Relation types to follow")] = None,
    status: Annotated[list[RelationStatus] | None, Query(description="Statuses to follow")] = None,
    directed: Annotated[bool, Query(description="Follow relations only from source towards target")] = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 25,
) -> PathsOut:
    from actorgraph.queries.paths import find_paths
    from actorgraph.queries.search import resolve_actor

    source_id = resolve_actor(store, source)["id"]
    target_id = resolve_actor(store, target)["id"]
    found = find_paths(store, source_id, target_id, max_hops=max_hops, all_paths=all_paths, limit=limit,
                       types=[t.value for t in type] if type else None,
                       statuses=[s.value for s in status] if status else None, directed=directed)
    return PathsOut(source=source_id, target=target_id, paths=found)


@router.get("/queries", response_model=list[NamedQueryOut], dependencies=[Depends(require_read)],
            summary="The named queries and their parameters")
def list_named() -> list[NamedQueryOut]:
    from actorgraph.queries.named import named_queries

    return [NamedQueryOut(name=q.name, description=q.description, params=[
        NamedQueryParam(name=p.name, type=p.type, required=p.required, default=p.default,
                        description=p.description or None) for p in q.params.values()])
        for q in named_queries().values()]


def known_query(name: str) -> str:
    from actorgraph.queries.named import named_queries

    if name not in named_queries():
        raise NotFound(f"no named query {name!r}; known: {', '.join(named_queries())}", field="name")
    return name


QueryName = Annotated[str, Path(min_length=1, max_length=100, examples=["actor_profile"])]


@router.post("/queries/{name}", response_model=QueryResultOut, responses=NOT_FOUND,
             dependencies=[Depends(require_read)], summary="Run a named query with validated parameters")
def run_named_query(store: StoreDep, settings: SettingsDep, name: QueryName,
                    body: NamedQueryRun | None = None) -> QueryResultOut:
    from actorgraph.queries.named import run_named

    return result_out(run_named(store, known_query(name), (body.params if body else {}),
                                timeout_s=settings.query_timeout, max_rows=settings.max_rows))


@router.post("/cypher", response_model=QueryResultOut, dependencies=[Depends(require_read)],
             summary="Run Cypher: read-only (engine-enforced) unless `write` is true and the API key is sent",
             description="Read-only queries may not use LOAD CSV, administration commands (SHOW, TERMINATE) "
                         "or procedures outside db.* and algo.* (403).")
async def cypher(request: Request, body: CypherRequest, store: StoreDep, settings: SettingsDep) -> QueryResultOut:
    timeout, max_rows = _limits(settings, body.timeout_s, body.max_rows)
    if body.write:
        check_write_key(settings, request.headers.get("X-API-Key"))
        def locked_write() -> QueryResult:
            with request.app.state.write_lock:  # writes of one API process never deadlock each other
                return store.execute(body.query, body.params, timeout_s=timeout)

        result = await run_in_threadpool(locked_write)
    else:
        refuse_outside_reads(body.query)
        result = await run_in_threadpool(store.query, body.query, body.params, timeout_s=timeout,
                                         max_rows=max_rows)
    return result_out(result)
