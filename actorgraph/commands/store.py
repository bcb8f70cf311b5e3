"""Store-level commands: stats, ad-hoc Cypher, clearing."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from actorgraph.commands.common import (
    OutputFormat,
    console,
    handle_errors,
    print_result,
    settings_from,
    split_params,
    store_from,
)
from actorgraph.errors import InvalidInput


@handle_errors
def stats(ctx: typer.Context,
          as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables")] = False) -> None:
    """Counts of actors, documents and relations, by kind and type."""
    with store_from(ctx) as store:
        data = store.stats()
    if as_json:
        import json

        typer.echo(json.dumps(data, indent=2))
        return
    console.print(f"[bold]{data['engine']}[/]", highlight=False)
    summary = Table("actors", "documents", "relations", "mentions")
    summary.add_row(*(str(data[k]) for k in ("actors", "documents", "relations", "mentions")))
    console.print(summary)
    for title, key in (("kind", "actors_by_kind"), ("relation type", "relations_by_type")):
        if data[key]:
            table = Table(title, "count")
            for name, n in data[key].items():
                table.add_row(str(name), str(n))
            console.print(table)


@handle_errors
def cypher(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="Cypher text; read-only unless --write")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value (value parsed as JSON "
                                                   "when it can be)")] = None,
    write: Annotated[bool, typer.Option("--write", help="Allow the query to write")] = False,
    timeout: Annotated[float | None, typer.Option(help="Seconds (default ACTORGRAPH_QUERY_TIMEOUT)")] = None,
    max_rows: Annotated[int | None, typer.Option(help="Row cap (default ACTORGRAPH_MAX_ROWS)")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """Run Cypher. Read-only by default, enforced by the engine; a timeout and a row cap apply."""
    params = parse_params(param or [])
    with store_from(ctx) as store:
        if write:
            result = store.execute(query, params, timeout_s=timeout)
        else:
            result = store.query(query, params, timeout_s=timeout, max_rows=max_rows)
    print_result(result, fmt)
    if result.counters:
        typer.echo(", ".join(f"{k}: {v}" for k, v in result.counters.items()), err=True)


def parse_params(items: list[str]) -> dict[str, object]:
    """Ad-hoc Cypher parameters: values are JSON when they parse as JSON (numbers, lists), else text.
    NaN and Infinity are not numbers either engine takes as a parameter: "NaN" stays text, and a number
    too large for a float (1e999) is refused naming the parameter."""
    import json
    import math

    def finite(text: str) -> float:
        value = float(text)
        if math.isinf(value):
            raise OverflowError(text)
        return value

    def no_constant(name: str) -> object:
        raise ValueError(name)  # NaN, Infinity, -Infinity: not JSON proper

    out: dict[str, object] = {}
    for key, raw in split_params(items).items():
        try:
            out[key] = json.loads(raw, parse_float=finite, parse_constant=no_constant)
        except OverflowError:
            raise InvalidInput(f"{raw} is too large for a number", field=key) from None
        except ValueError:
            out[key] = raw
    return out


@handle_errors
def clear(ctx: typer.Context,
          yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation")] = False) -> None:
    """Delete every actor, document and relation in the store."""
    settings = settings_from(ctx)
    if not yes:
        typer.confirm(f"Delete everything in {settings.store}?", abort=True)
    with store_from(ctx) as store:
        store.clear()
    typer.echo("cleared")


def register(app: typer.Typer) -> None:
    app.command()(stats)
    app.command()(cypher)
    app.command()(clear)
