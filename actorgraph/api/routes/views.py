"""HTML network views (ego network, named query) served with a strict Content-Security-Policy.

The page is self-contained: its inline ``<script>`` blocks are allowed by their SHA-256 hashes, so
nothing else can run — no external scripts, no injected markup, no network access from the page.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse

from actorgraph.api.deps import SettingsDep, StoreDep, require_read
from actorgraph.api.problems import NOT_FOUND
from actorgraph.api.routes.actors import ActorIdPath, fetch_actor
from actorgraph.api.routes.queries import QueryName, known_query
from actorgraph.api.schemas import RelationTypeName
from actorgraph.errors import InvalidInput
from actorgraph.graph.registry import RelationStatus

router = APIRouter(prefix="/views", tags=["views"], dependencies=[Depends(require_read)])

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
_HTML: dict[int | str, dict[str, Any]] = {200: {"content": {"text/html": {"schema": {"type": "string"}}}, "description": "A standalone page"}}


def content_security_policy(html: str) -> str:
    hashes = sorted({"'sha256-" + base64.b64encode(hashlib.sha256(m.encode("utf-8")).digest()).decode() + "'"
                     for m in _INLINE_SCRIPT.findall(html)})
    return "; ".join([
        "default-src 'none'",
        f"script-src {' '.join(hashes) if hashes else chr(39) + 'none' + chr(39)}",
        "style-src 'unsafe-inline'",  # inline style attributes of the drawn network; styles cannot run code
        "img-src data: blob:",
        "font-src data:",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ])


def html_response(html: str) -> HTMLResponse:
    return HTMLResponse(html, headers={
        "Content-Security-Policy": content_security_policy(html),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    })


@router.get("/actors/{actor_id}", response_class=HTMLResponse, responses={**_HTML, **NOT_FOUND},
            summary="Interactive ego network of one actor (HTML)")
def ego_view(
    store: StoreDep,
    settings: SettingsDep,
    actor_id: ActorIdPath,
    hops: Annotated[int, Query(ge=1, le=4)] = 2,
    type: Annotated[list[RelationTypeName] | None, Query()] = None,
    status: Annotated[list[RelationStatus] | None, Query()] = None,
    since: Annotated[dt.date | None, Query()] = None,
    until: Annotated[dt.date | None, Query()] = None,
) -> HTMLResponse:
    from actorgraph.queries.subgraph import ego_network
    from actorgraph.viz import render_html

    if since and until and since > until:
        raise InvalidInput("since is after until", field="since")
    actor = fetch_actor(store, actor_id)
    # an id absorbed by a merge draws the kept actor's network (fetch_actor follows the merge)
    sub = ego_network(store, str(actor["id"]), hops=hops, types=[t.value for t in type] if type else None,
                      statuses=[s.value for s in status] if status else None,
                      since=since.isoformat() if since else None, until=until.isoformat() if until else None,
                      max_nodes=settings.viz_max_nodes)
    title = f"{actor.get('name') or actor_id}: {hops}-hop network"
    return html_response(render_html(sub, title=title, max_nodes=settings.viz_max_nodes))


@router.get("/queries/{name}", response_class=HTMLResponse, responses={**_HTML, **NOT_FOUND},
            summary="The actors and relations a named query returns, as an interactive network (HTML)")
def query_view(
    store: StoreDep,
    settings: SettingsDep,
    name: QueryName,
    params: Annotated[str | None, Query(max_length=10_000, description="Query parameters as a JSON object",
                                        examples=['{"actor": "person:nicolas-maduro"}'])] = None,
) -> HTMLResponse:
    from actorgraph.queries.named import run_named
    from actorgraph.queries.subgraph import subgraph_from_result
    from actorgraph.viz import render_html

    values: Any = {}
    if params:
        try:
            values = json.loads(params)
        except ValueError as err:
            raise InvalidInput(f"params is not JSON: {err}", field="params") from None
        if not isinstance(values, dict):
            raise InvalidInput("params must be a JSON object", field="params")
    result = run_named(store, known_query(name), values, timeout_s=settings.query_timeout,
                       max_rows=settings.max_rows)
    sub = subgraph_from_result(store, result, max_nodes=settings.viz_max_nodes)
    return html_response(render_html(sub, title=f"Query {name}", max_nodes=settings.viz_max_nodes))
