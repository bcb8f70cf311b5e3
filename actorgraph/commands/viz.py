"""``actorgraph viz``: write an interactive, self-contained HTML network view."""

from __future__ import annotations

import webbrowser
from pathlib import Path
from typing import Annotated

import typer

from actorgraph.commands.common import (
    err_console,
    handle_errors,
    settings_from,
    split_list,
    split_params,
    store_from,
)
from actorgraph.errors import InvalidInput


@handle_errors
def viz(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write")] = Path("actorgraph-network.html"),
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="Centre the view on this actor (id or name)")] = None,
    hops: Annotated[int | None, typer.Option("--hops", min=1, max=6, help="Neighbourhood depth around --actor "
                                             "(default 2)")] = None,
    types: Annotated[str | None, typer.Option("--types", help="Comma-separated relation types to follow, "
                                              "e.g. SANCTIONS,DESIGNATES")] = None,
    status: Annotated[str | None, typer.Option("--status", help="Comma-separated statuses to keep, "
                                               "e.g. asserted,reported")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Keep relations on or after this date (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Keep relations on or before this date")] = None,
    no_undated: Annotated[bool, typer.Option("--no-undated", help="With --since/--until, drop undated relations")] = False,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Draw what this named query returns")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="Named query parameter name=value")] = None,
    cypher: Annotated[str | None, typer.Option("--cypher", help="Draw the nodes, relationships and paths a "
                                               "read-only Cypher query returns")] = None,
    max_nodes: Annotated[int | None, typer.Option("--max-nodes", min=1, help="Node cap (default: "
                                                  "ACTORGRAPH_VIZ_MAX_NODES, 1500); most connected kept")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Page title")] = None,
    separate: Annotated[bool, typer.Option("--separate-edges", help="One edge per statement instead of one "
                                           "per actor pair and type with a count")] = False,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in the default browser")] = False,
) -> None:
    """Write a network view: an actor's neighbourhood (--actor), a query's result (--query/--cypher),
    or the whole graph (capped to the most connected actors)."""
    from actorgraph.queries.subgraph import ego_network, subgraph_from_result, whole_graph
    from actorgraph.viz import write_html

    if sum(x is not None for x in (actor, query, cypher)) > 1:
        raise InvalidInput("give only one of --actor, --query and --cypher", field="actor")
    if param and query is None:
        raise InvalidInput("--param needs --query", field="param")
    if actor is None and (types or status or since or until or no_undated or hops is not None):
        raise InvalidInput("--types, --status, --since, --until, --no-undated and --hops need --actor (a named "
                           "query takes its own --param; the page itself has type, status and date filters)",
                           field="types")
    hops = hops or 2
    cap = max_nodes or settings_from(ctx).viz_max_nodes
    with store_from(ctx) as store:
        if actor is not None:
            sub = ego_network(store, actor, hops=hops, types=split_list(types, "types"),
                              statuses=split_list(status, "status"), since=since, until=until,
                              max_nodes=cap, include_undated=not no_undated)
            heading = title or f"{actor}: {hops}-hop network"
        elif query is not None:
            from actorgraph.queries.named import run_named

            sub = subgraph_from_result(store, run_named(store, query, split_params(param or [])), max_nodes=cap)
            heading = title or f"Query {query}"
        elif cypher is not None:
            sub = subgraph_from_result(store, store.query(cypher), max_nodes=cap)
            heading = title or "Cypher query result"
        else:
            sub = whole_graph(store, max_nodes=cap)
            heading = title or "ActorGraph network"
    path = write_html(sub, out, title=heading, max_nodes=cap, aggregate=not separate)
    err_console.print(f"wrote {path} ({len(sub.nodes)} actors, {len(sub.edges)} relation statements)",
                      markup=False, highlight=False)
    if sub.capped:
        err_console.print(f"capped at {cap} actors: {sub.omitted['nodes']} actors and {sub.omitted['edges']} "
                          "relation statements left out", markup=False, highlight=False)
    if sub.truncated_rows is not None:
        err_console.print(f"warning: the query stopped at the row cap of {sub.truncated_rows} rows, so the view "
                          "may miss actors and relations; raise ACTORGRAPH_MAX_ROWS or narrow the query",
                          markup=False, highlight=False)
    if not sub.nodes:
        err_console.print("the view is empty", markup=False, highlight=False)
    if open_browser and not webbrowser.open(path.resolve().as_uri()):
        err_console.print(f"no browser could be started: open {path.resolve()} yourself", markup=False,
                          highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(viz)
