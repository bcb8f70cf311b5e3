"""Entity resolution commands: ``actorgraph link`` and ``actorgraph merges list|undo``."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from actorgraph.commands.common import console, err_console, handle_errors, store_from
from actorgraph.loaders.merge import MergeRecord, merge_details
from actorgraph.loaders.resolve import link_actors, list_merges, undo_merge

merges_app = typer.Typer(help="Entity-resolution merges: list them, undo one.", no_args_is_help=True)


def _merge_table(records: list[MergeRecord]) -> Table:
    table = Table("merge id", "kept (canonical)", "absorbed", "score", "reason", "status", "when")
    for m in records:
        # names come from documents: plain Text, never rich markup
        table.add_row(*(Text(str(v)) for v in (m.id, m.canonical, f"{m.absorbed_name} ({m.absorbed})",
                                                 f"{m.score:g}", m.reason, m.status, m.created_at[:19])))
    return table


@handle_errors
def link(ctx: typer.Context,
         dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be merged; change nothing")] = False,
         as_json: Annotated[bool, typer.Option("--json", help="One JSON object per merge")] = False) -> None:
    """Run entity resolution now: merge actors from documents into the list entries they match."""
    with store_from(ctx) as store:
        report = link_actors(store, dry_run=dry_run)
    rows = [{"canonical": p.canonical, "canonical_name": p.canonical_name, "absorbed": p.absorbed,
             "absorbed_name": p.absorbed_name, "score": p.score, "reason": p.reason,
             "merge_id": (report.merges[i].id if i < len(report.merges) else None)}
            for i, p in enumerate(report.planned)]
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    else:
        table = Table("kept (canonical)", "absorbed", "score", "reason", "merge id")
        for row in rows:
            table.add_row(*(Text(str(v)) for v in (
                f"{row['canonical_name']} ({row['canonical']})", f"{row['absorbed_name']} ({row['absorbed']})",
                f"{row['score']:g}", row["reason"], row["merge_id"] or "(dry run)")))
        console.print(table)
    verb = "would merge" if dry_run else "merged"
    err_console.print(f"{verb} {len(rows)} actor(s); checked {report.actors_checked} actors, "
                      f"{report.comparisons} candidate comparisons", highlight=False, markup=False)
    for news, tied in report.ambiguous.items():
        err_console.print(f"ambiguous, not merged: {news} fits {', '.join(tied)}", highlight=False, markup=False)
    for news, entry in report.weak_alias_only.items():
        err_console.print(f"weak alias only, not merged: {news} fits {entry} through a weak a.k.a. and no country "
                          "in the news confirms it", highlight=False, markup=False)


@merges_app.command("list")
@handle_errors
def list_command(ctx: typer.Context,
                 active: Annotated[bool, typer.Option("--active", help="Only merges still in force")] = False,
                 as_json: Annotated[bool, typer.Option("--json", help="One JSON object per merge")] = False) -> None:
    """Merges recorded by entity resolution, oldest first."""
    with store_from(ctx) as store:
        records = list_merges(store, include_undone=not active)
    if as_json:
        for m in records:
            typer.echo(json.dumps(m.__dict__, ensure_ascii=False))
        return
    console.print(_merge_table(records))
    err_console.print(f"{len(records)} merge(s)", highlight=False)


@merges_app.command("show")
@handle_errors
def show_command(ctx: typer.Context,
                 merge_id: Annotated[str, typer.Argument(help="Merge id from `actorgraph merges list`")]) -> None:
    """One merge in detail (JSON): score, reason, the absorbed actor, the edges it moved."""
    with store_from(ctx) as store:
        details = merge_details(store, merge_id)
    typer.echo(json.dumps(details, indent=2, ensure_ascii=False, default=str))


@merges_app.command("undo")
@handle_errors
def undo_command(ctx: typer.Context,
                 merge_id: Annotated[str, typer.Argument(help="Merge id from `actorgraph merges list`")]) -> None:
    """Undo one merge: the absorbed actor, its edges and mentions come back exactly as they were."""
    with store_from(ctx) as store:
        rec = undo_merge(store, merge_id)
    typer.echo(f"undone {rec.id}: {rec.absorbed} is separate from {rec.canonical} again")


def register(app: typer.Typer) -> None:
    app.command()(link)
    app.add_typer(merges_app, name="merges")
