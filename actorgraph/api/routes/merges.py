"""Entity-resolution merges: list them, show one, undo one — the functions ``actorgraph merges`` uses."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from actorgraph.api.cursor import decode_position, encode_position
from actorgraph.api.deps import StoreDep, require_read, require_write
from actorgraph.api.problems import _problem_response
from actorgraph.api.schemas import MergeDetail, MergeOut, MergePage
from actorgraph.errors import ActorGraphError, InvalidInput
from actorgraph.graph.store import GraphStore
from actorgraph.loaders.merge import MergeRecord, merge_details
from actorgraph.loaders.resolve import list_merges, undo_merge

router = APIRouter(prefix="/merges", tags=["merges"])

MergeIdPath = Annotated[str, Path(description="Merge id from `GET /merges`", min_length=1, max_length=200,
                                  examples=["merge:3f0a9c1d2b4e5f60"])]
_NO_MERGE: dict[int | str, dict[str, Any]] = {404: _problem_response("No such merge")}
_CONFLICT: dict[int | str, dict[str, Any]] = {409: _problem_response("The merge cannot be undone now (already undone, or a later merge "
                                    "must be undone first; `detail` names it)")}


class MergeConflict(ActorGraphError):
    status_code = 409
    title = "Merge cannot be undone"
    type_slug = "merge-conflict"


def _out(rec: MergeRecord) -> MergeOut:
    return MergeOut(**rec.__dict__)


@router.get("", response_model=MergePage, dependencies=[Depends(require_read)],
            summary="Merges made by entity resolution, oldest first (cursor pages)")
def list_merge_records(
    store: StoreDep,
    status: Annotated[Literal["active", "undone"] | None, Query(description="Only merges in this state")] = None,
    actor: Annotated[str | None, Query(max_length=300, description="Only merges that kept or absorbed this "
                                       "actor id")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    cursor: Annotated[str | None, Query(max_length=500, description="`next_cursor` of the previous page")] = None,
) -> MergePage:
    filters = {"status": status, "actor": actor}
    start = decode_position(cursor, filters, (str,))
    records = [m for m in list_merges(store, include_undone=status != "active")
               if (status is None or m.status == status)
               and (actor is None or actor in (m.canonical, m.absorbed))
               and (start is None or [m.created_at, m.id] > start)]
    page = records[:limit]
    next_cursor = encode_position(page[-1].created_at, page[-1].id, filters) if len(records) > limit else None
    return MergePage(items=[_out(m) for m in page], next_cursor=next_cursor)


@router.get("/{merge_id}", response_model=MergeDetail, dependencies=[Depends(require_read)],
            responses=_NO_MERGE, summary="One merge: score, reason, the absorbed actor, the edges it moved")
def get_merge(store: StoreDep, merge_id: MergeIdPath) -> MergeDetail:
    return MergeDetail(**merge_details(store, merge_id))


def _undo(request: Request, store: GraphStore, merge_id: str) -> MergeOut:
    with request.app.state.write_lock:  # one write at a time per process, as ingest does
        try:
            rec = undo_merge(store, merge_id)
        except InvalidInput as err:  # the record exists but the graph's state refuses the undo
            raise MergeConflict(err.detail, field=err.field or "merge_id") from None
    return _out(rec)


@router.post("/{merge_id}/undo", response_model=MergeOut, dependencies=[Depends(require_write)],
             responses={**_NO_MERGE, **_CONFLICT},
             summary="Undo one merge (API key required)",
             description="Restores the absorbed actor, its edges and mentions, and the kept actor's names, in "
                         "one transaction; the record stays, with status `undone`. Merges are undone last-in "
                         "first-out per actor: 409 names the later merge to undo first, or says the merge was "
                         "already undone. 404 for an unknown merge id.")
async def undo(request: Request, store: StoreDep, merge_id: MergeIdPath) -> MergeOut:
    return await run_in_threadpool(_undo, request, store, merge_id)
