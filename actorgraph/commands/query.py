"""Query commands: named queries, analytics and exports."""

from __future__ import annotations

import json
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from actorgraph.commands.common import (
    OutputFormat,
    console,
    err_console,
    handle_errors,
    print_result,
    split_list,
    split_params,
    store_from,
)
from actorgraph.errors import InvalidInput
from actorgraph.graph.store import QueryResult


class ExportFormat(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    csv = "csv"
    cypher = "cypher"
    ftm = "ftm"


class Measure(StrEnum):
    degree = "degree"
    betweenness = "betweenness"
    pagerank = "pagerank"


@handle_errors
def query(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Named query (see `actorgraph queries`)")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value; lists comma-separated, "
                                                   "actors by id or name")] = None,
    timeout: Annotated[float | None, typer.Option(help="Seconds (default ACTORGRAPH_QUERY_TIMEOUT)")] = None,
    max_rows: Annotated[int | None, typer.Option(help="Row cap (default ACTORGRAPH_MAX_ROWS)")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """Run a named query read-only, e.g. `actorgraph query timeline -p source=Maduro -p target=Trump`."""
    from actorgraph.queries.named import run_named

    params = split_params(param or [])
    with store_from(ctx) as store:
        result = run_named(store, name, params, timeout_s=timeout, max_rows=max_rows)
    print_result(result, fmt)


@handle_errors
def queries(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """List the named queries with their descriptions, parameters and columns."""
    from actorgraph.queries.named import named_queries

    items = named_queries()
    if as_json:
        typer.echo(json.dumps([{
            "name": q.name, "description": q.description, "columns": q.columns, "one_of": list(q.one_of),
            "params": [{"name": p.name, "type": p.type, "required": p.required, "default": p.default,
                        "description": p.description} for p in q.params.values()]}
            for q in items.values()], indent=2))
        return
    for q in items.values():
        console.print(Text(q.name, style="bold"), Text("— " + q.description))
        for p in q.params.values():
            need = "required" if p.required else f"default {p.default!r}" if p.default is not None else "optional"
            console.print(Text(f"    --param {p.name}=<{p.type}>  ({need}) {p.description}"))
        if q.one_of:
            console.print(Text(f"    needs at least one of: {', '.join(q.one_of)}"))
        console.print(Text(f"    columns: {', '.join(q.columns)}"))


PATH_COLUMNS = ["path", "hop", "source", "relation", "target", "date", "status", "statements", "sentence",
                "source_id", "target_id", "relation_id"]


@handle_errors
def paths(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="Actor id or name")],
    target: Annotated[str, typer.Argument(help="Actor id or name")],
    max_hops: Annotated[int, typer.Option("--max-hops", min=1, max=12, help="Longest path searched")] = 6,
    all_paths: Annotated[bool, typer.Option("--all", help="Every simple path up to --max-hops, shortest "
                                            "first, not only the shortest ones")] = False,
    types: Annotated[str | None, typer.Option("--types", help="Comma-separated relation types to follow")] = None,
    status: Annotated[str | None, typer.Option("--status", help="Comma-separated statuses to follow")] = None,
    directed: Annotated[bool, typer.Option("--directed", help="Follow relations only from source towards "
                                           "target")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000, help="Most paths shown")] = 10,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """How two actors are connected: shortest paths by a bidirectional search (either direction unless
    --directed), one row per hop with its most recent statement and how many statements join the pair."""
    from actorgraph.queries.paths import find_paths
    from actorgraph.queries.search import resolve_actor

    with store_from(ctx) as store:
        started = time.perf_counter()  # the search, as `query` reports the query's time (not the store's start)
        source_id = resolve_actor(store, source)["id"]
        target_id = resolve_actor(store, target)["id"]
        found = find_paths(store, source_id, target_id, max_hops=max_hops, all_paths=all_paths, limit=limit,
                           types=split_list(types, "types"), statuses=split_list(status, "status"),
                           directed=directed)
    rows = []
    for n, p in enumerate(found, 1):
        names = {a["id"]: a.get("name") for a in p["nodes"]}
        for hop, (rel, count) in enumerate(zip(p["relationships"], p["parallel"], strict=True), 1):
            rows.append({"path": n, "hop": hop, "source": names.get(rel.get("source")), "relation": rel.get("_type"),
                         "target": names.get(rel.get("target")), "date": rel.get("date"),
                         "status": rel.get("status"), "statements": count, "sentence": rel.get("sentence"),
                         "source_id": rel.get("source"), "target_id": rel.get("target"),
                         "relation_id": rel.get("id")})
    if not found:
        err_console.print(Text(f"no path of at most {max_hops} hops between {source_id} and {target_id}"))
    # the terminal table keeps to what fits; json and csv carry the sentence and the ids too
    columns = PATH_COLUMNS[:8] if fmt is OutputFormat.table else PATH_COLUMNS
    print_result(QueryResult(columns, rows, elapsed_ms=(time.perf_counter() - started) * 1000), fmt)


@handle_errors
def analyze(
    ctx: typer.Context,
    top: Annotated[int, typer.Option("--top", min=1, help="How many actors per measure")] = 10,
    measure: Annotated[list[Measure] | None, typer.Option("--measure", "-m", help="Repeatable; default all")] = None,
    balance: Annotated[str | None, typer.Option("--balance", help="Also show cooperation/conflict balance "
                                                "per pair by 'month' or 'year'")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Top actors by centrality (degree, betweenness, PageRank) and Louvain communities."""
    from actorgraph.queries import analytics

    if balance not in (None, "month", "year"):
        raise InvalidInput("--balance must be 'month' or 'year'", field="balance")
    with store_from(ctx) as store:
        g = analytics.to_networkx(store, properties=False)
    names = {n: d.get("name", n) for n, d in g.nodes(data=True)}
    chosen = [m.value for m in measure] if measure else list(analytics.MEASURES)
    scores = analytics.centrality(g, chosen)
    groups = analytics.communities(g)
    pairs = analytics.relation_balance(g, by=balance) if balance else []
    if as_json:
        typer.echo(json.dumps({
            "actors": g.number_of_nodes(), "relations": g.number_of_edges(),
            "top": {m: [{"id": i, "name": names[i], "score": s} for i, s in analytics.top(scores[m], top)]
                    for m in chosen},
            "communities": [sorted(c) for c in groups],
            "balance": pairs}, ensure_ascii=False, indent=1))
        return
    err_console.print(f"{g.number_of_nodes()} actors, {g.number_of_edges()} relations", highlight=False)
    for m in chosen:
        table = Table("#", "actor", "id", m, title=f"top {top} by {m}")
        for i, (node, score) in enumerate(analytics.top(scores[m], top), 1):
            table.add_row(str(i), Text(str(names[node])), Text(node), f"{score:.4f}")
        console.print(table)
    table = Table("#", "size", "most connected members", title=f"{len(groups)} communities (Louvain)")
    degree = scores.get("degree") or analytics.centrality(g, ["degree"])["degree"]
    for i, c in enumerate(groups[:top], 1):
        lead = sorted(c, key=lambda n: (-degree.get(n, 0), n))[:5]
        table.add_row(str(i), str(len(c)), Text(", ".join(str(names[n]) for n in lead)))
    console.print(table)
    if pairs:
        shown = sorted(pairs, key=lambda r: -(r["cooperation"] + r["conflict"]))[:top * 5]
        shown.sort(key=lambda r: (r["a_name"], r["b_name"], r["period"] or ""))
        table = Table("a", "b", "period", "cooperation", "conflict", "balance",
                      title=f"cooperation/conflict: {len(shown)} busiest of {len(pairs)} pair-periods")
        for r in shown:
            table.add_row(Text(str(r["a_name"])), Text(str(r["b_name"])), str(r["period"] or "undated"),
                          str(r["cooperation"]), str(r["conflict"]), f"{r['balance']:+.2f}")
        console.print(table)


@handle_errors
def export(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File (csv: a directory); "
                                                "default stdout for json, cypher and ftm")] = None,
) -> None:
    """Export the whole graph (actors, documents, every statement) for Gephi, yEd, networkx or another store."""
    from actorgraph.queries.exports import export_graph

    if output is None and fmt in (ExportFormat.graphml, ExportFormat.gexf, ExportFormat.csv):
        raise InvalidInput(f"--format {fmt.value} needs --output", field="output")
    with store_from(ctx) as store:
        try:
            n = export_graph(store, fmt.value, output if output is not None else sys.stdout)
        except OSError as err:  # a missing folder, no permission, csv's folder name taken by a file
            raise InvalidInput(f"cannot write there: {err.strerror or err}", file=str(output)) from None
    if output is not None:
        err_console.print(Text(f"wrote {fmt.value} ({n} edges/records) to {output}"))


@handle_errors
def load_dump(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="A file written by `actorgraph export --format cypher`")],
) -> None:
    """Load a Cypher dump (from either engine) into the store; existing nodes and edges are merged."""
    from actorgraph.queries.exports import load_cypher_dump

    if not path.is_file():
        raise InvalidInput("no such file", file=str(path))
    with store_from(ctx) as store, path.open(encoding="utf-8") as fh:
        n = load_cypher_dump(store, fh, str(path))
    err_console.print(Text(f"ran {n} statements from {path}"))


def register(app: typer.Typer) -> None:
    app.command()(query)
    app.command()(queries)
    app.command()(paths)
    app.command()(analyze)
    app.command()(export)
    app.command("load-dump")(load_dump)
