"""``actorgraph serve``: run the REST API under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from actorgraph.commands.common import handle_errors, settings_from


@handle_errors
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Interface to listen on (0.0.0.0 inside a container)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port")] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level")] = "info",
    access_log: Annotated[bool, typer.Option(help="Log every request")] = True,
) -> None:
    """Serve the REST API (OpenAPI docs at /docs). Writes need ACTORGRAPH_API_KEY."""
    import uvicorn

    from actorgraph.api import create_app
    from actorgraph.api.app import load_settings

    settings = load_settings(settings_from(ctx))
    # Opened here rather than in the app's lifespan, so a store that cannot be reached is one clear
    # error line and exit 1 instead of uvicorn's startup traceback; the app closes it on shutdown.
    store = settings.open_store(setup=True)
    try:
        app = create_app(settings, store=store, close_store=True)
    except BaseException:
        store.close()
        raise
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=access_log, proxy_headers=True,
                timeout_graceful_shutdown=10)


def register(app: typer.Typer) -> None:
    app.command()(serve)
