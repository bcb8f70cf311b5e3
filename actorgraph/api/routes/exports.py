"""Whole-graph exports: GraphML, GEXF, JSON (E's ``export_graph``) and FollowTheMoney (C's ``export_ftm``)."""

from __future__ import annotations

import enum
import io
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path
from fastapi.responses import Response

from actorgraph.api.deps import StoreDep, require_read
from actorgraph.graph.store import GraphStore

router = APIRouter(prefix="/export", tags=["exports"], dependencies=[Depends(require_read)])


class ExportFormat(enum.StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    ftm = "ftm"


MEDIA_TYPES = {
    ExportFormat.graphml: ("application/graphml+xml", "graphml"),
    ExportFormat.gexf: ("application/gexf+xml", "gexf"),
    ExportFormat.json: ("application/json", "json"),
    ExportFormat.ftm: ("application/x-ndjson", "ftm.json"),
}


def _write(store: GraphStore, fmt: ExportFormat) -> bytes:
    if fmt is ExportFormat.ftm:
        from actorgraph.queries.ftm_export import export_ftm

        text = io.StringIO()
        export_ftm(store, text)
        return text.getvalue().encode("utf-8")
    from actorgraph.queries.exports import export_graph

    if fmt in (ExportFormat.graphml, ExportFormat.gexf):  # XML writers take binary files
        binary = io.BytesIO()
        export_graph(store, fmt.value, binary)
        return binary.getvalue()
    text = io.StringIO()
    export_graph(store, fmt.value, text)
    return text.getvalue().encode("utf-8")


_FILE: dict[int | str, dict[str, Any]] = {200: {"description": "The whole graph as a file", "content": {
    m: {"schema": {"type": "object"} if m == "application/json" else {"type": "string"}}
    for m, _ in MEDIA_TYPES.values()}}}


@router.get("/{fmt}", response_class=Response, responses=_FILE, summary="Download the whole graph")
def export(store: StoreDep, fmt: Annotated[ExportFormat, Path(description="File format")]) -> Response:
    media_type, suffix = MEDIA_TYPES[fmt]
    return Response(_write(store, fmt), media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="actorgraph.{suffix}"'})
