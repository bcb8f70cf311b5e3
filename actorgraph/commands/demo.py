"""``actorgraph demo``: the main job end to end on the configured store.

Ingests the example articles shipped in ``examples/articles/`` (Markdown, text, HTML and JSON, so every
common reader runs), writes the interactive network, and prints what was found.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from actorgraph.commands.common import console, err_console, handle_errors, settings_from, store_from
from actorgraph.errors import NotFound
from actorgraph.graph import GraphStore, ontology
from actorgraph.graph.registry import RelationClass
from actorgraph.loaders.extractors import DEFAULT_EXTRACTOR, get_extractor
from actorgraph.loaders.ingest import IngestEvent, IngestReport, ingest_documents
from actorgraph.loaders.readers import read_inputs


def example_articles_dir() -> Path:
    """``examples/articles`` of the checkout this package runs from."""
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "examples" / "articles"
        if candidate.is_dir() and (parent / "pyproject.toml").is_file():
            return candidate
    raise NotFound("the example articles were not found (they ship with a source checkout, in "
                   "examples/articles/); pass a folder with --articles", field="articles")


def _print_event(event: IngestEvent) -> None:
    if event.failure:
        return  # listed once at the end
    ext = event.extraction
    if ext is None or event.document is None:
        return
    line = Text("  loaded ", style="green")
    line.append(event.document.title or event.document.path or event.document.id)
    line.append(f"  ({len(ext.actors)} actors, {len(ext.relations)} relations)", style="dim")
    err_console.print(line, highlight=False)


def top_relations(store: GraphStore, limit: int = 12) -> list[dict[str, object]]:
    """The most-attested events between actor pairs — cooperation and conflict, not standing ties such as
    LEADS — one row per pair and type with a count, dated ones first."""
    o = ontology()
    events = [n for n, t in o.relation_types.items()
              if t.relation_class in (RelationClass.COOPERATION, RelationClass.CONFLICT)]
    return store.query(
        f"MATCH (a:{o.actor_label})-[r]->(b:{o.actor_label}) WHERE type(r) IN $types "
        "RETURN a.name AS source, type(r) AS rel, b.name AS target, count(r) AS statements, "
        "min(r.date) AS first, max(r.date) AS last "
        "ORDER BY statements DESC, CASE WHEN last IS NULL THEN 1 ELSE 0 END, source, rel, target "
        "LIMIT $limit",
        {"types": events, "limit": limit}).rows


def _summary(store: GraphStore, report: IngestReport, out: Path) -> None:
    stats = store.stats()
    counts = Table("documents", "actors", "relations", "mentions", "failed", title="graph")
    counts.add_row(*(str(stats[k]) for k in ("documents", "actors", "relations", "mentions")),
                   str(len(report.failures)))
    console.print(counts)
    if stats["actors_by_kind"]:
        kinds = Table("actor kind", "count")
        for kind, n in stats["actors_by_kind"].items():
            kinds.add_row(Text(str(kind)), str(n))
        console.print(kinds)
    rows = top_relations(store)
    if rows:
        table = Table(title="most attested events (cooperation and conflict)")
        table.add_column("source", ratio=1)
        table.add_column("relation", no_wrap=True)
        table.add_column("target", ratio=1)
        table.add_column("n", justify="right", no_wrap=True)
        table.add_column("dates", no_wrap=True)
        for r in rows:
            dates = " to ".join(dict.fromkeys(str(d) for d in (r["first"], r["last"]) if d))
            table.add_row(Text(str(r["source"])), str(r["rel"]), Text(str(r["target"])), str(r["statements"]),
                          dates)
        console.print(table)
    console.print(Text(f"network view: {out.resolve()}"), highlight=False)


@handle_errors
def demo(ctx: typer.Context,
         out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the HTML network")] = Path(
             "actorgraph-demo.html"),
         articles: Annotated[Path | None, typer.Option("--articles", help="Folder of articles to load "
                                                       "instead of the bundled examples")] = None,
         extractor: Annotated[str, typer.Option("--extractor", "-e", help="Extractor by name")] = DEFAULT_EXTRACTOR,
         link: Annotated[bool, typer.Option("--link/--no-link", help="Link actors across sources")] = True,
         ) -> None:
    """Ingest the example articles, write the interactive network and print a summary."""
    from actorgraph.queries.subgraph import whole_graph
    from actorgraph.viz import write_html

    folder = articles or example_articles_dir()
    settings = settings_from(ctx)
    chosen = get_extractor(extractor)
    err_console.print(Text(f"ingesting {folder} with the {getattr(chosen, 'name', extractor)} extractor"),
                      highlight=False)
    with store_from(ctx) as store:
        report = ingest_documents(store, read_inputs([str(folder)]), chosen, link=link, progress=_print_event)
        subgraph = whole_graph(store, settings.viz_max_nodes)
        write_html(subgraph, out, title="ActorGraph demo: example articles", max_nodes=settings.viz_max_nodes)
        _summary(store, report, out)
    for failure in report.failures:
        err_console.print(Text("error: ", style="bold red") + Text(failure), highlight=False, soft_wrap=True)
    if report.failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(demo)
