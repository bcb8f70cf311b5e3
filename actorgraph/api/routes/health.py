"""Liveness, readiness, counts and the ontology."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool

from actorgraph.api.deps import StoreDep, require_read
from actorgraph.api.schemas import Health, Readiness, Stats
from actorgraph.graph.registry import ontology

router = APIRouter(tags=["service"])


@router.get("/health", response_model=Health, summary="Liveness: the process answers")
async def health() -> Health:
    return Health(status="ok")


@router.get("/ready", response_model=Readiness, summary="Readiness: the graph store answers a query")
async def ready(store: StoreDep) -> Readiness:
    await run_in_threadpool(store.query, "RETURN 1 AS ok", {}, timeout_s=5.0, max_rows=1)
    return Readiness(status="ready", engine=store.describe())


@router.get("/stats", response_model=Stats, dependencies=[Depends(require_read)],
            summary="Counts of actors, documents and relations, by kind and type")
def stats(store: StoreDep) -> Stats:
    return Stats(**store.stats())


@router.get("/ontology", dependencies=[Depends(require_read)],
            summary="Registered actor kinds, relation types (class, direction, PLOVER, CAMEO) and statuses")
async def ontology_info() -> dict[str, Any]:
    from actorgraph.graph.registry import RelationStatus

    o = ontology()
    return {
        "actor_kinds": {k.name: {"description": k.description, "shape": k.shape, "color": k.color}
                        for k in o.actor_kinds.values()},
        "relation_types": {t.name: {"description": t.description, "class": t.relation_class.value,
                                    "directed": t.directed, "plover": t.plover, "cameo": list(t.cameo),
                                    "color": t.color} for t in o.relation_types.values()},
        "statuses": [s.value for s in RelationStatus],
    }
