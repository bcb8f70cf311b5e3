"""The FastAPI application: ``create_app(settings)`` builds one, its lifespan opens and closes the store."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from actorgraph.api.body_limit import BodyLimitMiddleware
from actorgraph.api.problems import COMMON_RESPONSES, install_problem_handlers
from actorgraph.api.routes import (
    actors,
    document_reads,
    documents,
    exports,
    health,
    merges,
    queries,
    relations,
    views,
)
from actorgraph.errors import InvalidInput
from actorgraph.graph.store import GraphStore
from actorgraph.settings import Settings

log = logging.getLogger("actorgraph.api")

DESCRIPTION = """
Actors (people, organisations, countries, groups, vessels, aircraft) and the typed, dated, sourced
relations between them, extracted from news and sanctions lists.

* Reads are open unless the server sets `ACTORGRAPH_API_READ_KEY_REQUIRED`; writes (ingest, write
  Cypher) need the `X-API-Key` header.
* Errors are `application/problem+json` (RFC 9457) with `type`, `title`, `status`, `detail` and, when
  known, `field`, `file`, `line`.
* Listings page with an opaque `cursor` in a stable order (by id; documents newest published first).
"""


def load_settings(settings: Settings | None = None) -> Settings:
    """Settings from the environment, validated; a bad value is one clear InvalidInput naming it."""
    try:
        settings = settings if settings is not None else Settings()
    except ValidationError as err:
        first = err.errors()[0]
        name = ".".join(str(p) for p in first["loc"])
        raise InvalidInput(f"invalid setting ACTORGRAPH_{name.upper()}: {first['msg']}", field=name) from None
    if settings.api_read_key_required and not settings.api_key:
        raise InvalidInput("ACTORGRAPH_API_READ_KEY_REQUIRED is set but ACTORGRAPH_API_KEY is empty",
                           field="api_key")
    return settings


def create_app(settings: Settings | None = None, *, store: GraphStore | None = None,
               close_store: bool = False) -> FastAPI:
    """Build the API. ``store`` lends an already open store, which the app closes on shutdown only with
    ``close_store`` (``actorgraph serve`` hands over the store it opened; uvicorn re-raises SIGTERM after
    shutdown, so code after ``uvicorn.run`` may never run)."""
    settings = load_settings(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if store is not None:
            app.state.store = store
            try:
                yield
            finally:
                if close_store:
                    app.state.store = None
                    await run_in_threadpool(store.close)
            return
        opened = await run_in_threadpool(settings.open_store, setup=True)
        app.state.store = opened
        log.info("store open: %s", opened.describe())
        try:
            yield
        finally:
            app.state.store = None
            await run_in_threadpool(opened.close)

    app = FastAPI(title="ActorGraph API", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  responses=COMMON_RESPONSES)
    app.state.settings = settings
    app.state.store = store
    app.state.write_lock = threading.Lock()
    install_problem_handlers(app)
    for module in (health, actors, relations, queries, documents, document_reads, merges, views, exports):
        app.include_router(module.router)
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    if settings.cors_origins:  # added last, so outermost: a refused body's 413 carries the CORS headers too
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["X-API-Key", "Content-Type"], max_age=600)
    return app
