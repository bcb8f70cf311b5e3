"""The ``actorgraph`` command line. Command groups live in ``actorgraph.commands``."""

from __future__ import annotations

import logging
from typing import Annotated

import typer
from pydantic import ValidationError

from actorgraph.commands import demo as demo_commands
from actorgraph.commands import ingest as ingest_commands
from actorgraph.commands import merges as merges_commands
from actorgraph.commands import query as query_commands
from actorgraph.commands import serve as serve_commands
from actorgraph.commands import store as store_commands
from actorgraph.commands import viz as viz_commands
from actorgraph.settings import Settings

app = typer.Typer(
    name="actorgraph",
    help="Actor-relationship knowledge graph: ingest documents and lists, query with Cypher, "
         "view networks, serve an API.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def configure(
    ctx: typer.Context,
    store: Annotated[str | None, typer.Option("--store", "-s", help="Store URL (overrides ACTORGRAPH_STORE), "
                                              "e.g. falkordb-lite:///data, bolt://localhost:7687")] = None,
) -> None:
    """Read settings once per invocation (env ACTORGRAPH_*, then --store)."""
    try:
        settings = Settings() if store is None else Settings(store=store)
    except ValidationError as err:
        first = err.errors()[0]
        typer.echo(f"error: invalid setting {'.'.join(map(str, first['loc']))}: {first['msg']}", err=True)
        raise typer.Exit(2) from None
    ctx.obj = settings
    if ctx.invoked_subcommand != "serve":
        # The driver's own log lines ("Failed to read from defunct connection ...") would print beside the
        # one-line error the command gives for the same failure; the API server keeps them in its log.
        logging.getLogger("neo4j").setLevel(logging.CRITICAL)


store_commands.register(app)
demo_commands.register(app)
ingest_commands.register(app)
serve_commands.register(app)
viz_commands.register(app)
query_commands.register(app)
merges_commands.register(app)


def main() -> None:
    app()
