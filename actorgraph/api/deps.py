"""Dependencies shared by the routers: the store, the settings, and the API-key checks."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader

from actorgraph.errors import Forbidden, StoreUnavailable, Unauthorized
from actorgraph.graph.store import GraphStore
from actorgraph.settings import Settings

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                              description="Needed for writes; also for reads when the server requires it")


# Dependencies are ``async`` on purpose: they do no I/O, and a sync dependency would cost a thread hop.
async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_store(request: Request) -> GraphStore:
    store: GraphStore | None = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreUnavailable("the graph store is not open (server starting or stopping)")
    return store


def _check_key(presented: str | None, settings: Settings) -> None:
    expected = settings.api_key.get_secret_value() if settings.api_key else ""
    if not presented:
        raise Unauthorized("send the API key in the X-API-Key header")
    # Constant-time comparison of equal-type byte strings.
    if not hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8")):
        raise Forbidden("the X-API-Key header does not match the server's key")


async def require_read(request: Request, key: Annotated[str | None, Security(api_key_header)] = None) -> None:
    settings: Settings = request.app.state.settings
    if settings.api_read_key_required:
        _check_key(key, settings)


async def require_write(request: Request, key: Annotated[str | None, Security(api_key_header)] = None) -> None:
    check_write_key(request.app.state.settings, key)


def check_write_key(settings: Settings, key: str | None) -> None:
    """Writes need the configured key; with no key configured they are refused outright."""
    if settings.api_key is None or not settings.api_key.get_secret_value():
        raise Forbidden("writes are disabled: the server has no API key configured "
                        "(set ACTORGRAPH_API_KEY)")
    _check_key(key, settings)


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
