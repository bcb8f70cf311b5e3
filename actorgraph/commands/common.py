"""What every command shares: settings from the context, opening the store, printing rows and errors."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import wraps
from typing import Any, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table
from rich.text import Text

from actorgraph.errors import ActorGraphError, InvalidInput
from actorgraph.graph.store import GraphStore, QueryResult
from actorgraph.settings import Settings

console = Console()
err_console = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def settings_from(ctx: typer.Context) -> Settings:
    obj = ctx.find_root().obj
    if not isinstance(obj, Settings):
        raise typer.BadParameter("settings were not initialised")
    return obj


@contextmanager
def store_from(ctx: typer.Context) -> Iterator[GraphStore]:
    store = settings_from(ctx).open_store()
    try:
        yield store
    finally:
        store.close()


def handle_errors(func: F) -> F:
    """Print ActorGraph and validation errors as one clear line and exit 1, without a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ActorGraphError as err:
            # messages carry file names, document text and user input: data, never markup
            err_console.print(Text("error:", style="bold red") + Text(f" {type(err).__name__}: {err}"),
                              highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            err_console.print(Text("error:", style="bold red") + Text(f" invalid {where}: {first['msg']}"),
                              highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def split_params(items: list[str]) -> dict[str, str]:
    """``--param key=value`` options as text values (named queries coerce them to their declared types)."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"parameter {item!r} is not key=value", field="param")
        out[key.strip()] = value
    return out


def split_list(value: str | None, what: str) -> list[str] | None:
    """A comma-separated option (``--types SANCTIONS,DESIGNATES``) as a list; None when not given."""
    if value is None:
        return None
    items = [v.strip() for v in value.split(",") if v.strip()]
    if not items:
        raise InvalidInput(f"--{what} needs at least one value", field=what)
    return items


def _cell(value: Any) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else str(value)


def print_result(result: QueryResult, fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        for row in result.rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([_cell(row.get(c)) for c in result.columns])
    else:
        table = Table(*result.columns, show_lines=False)
        for row in result.rows:
            # Text from the graph is data: no rich markup interpretation.
            table.add_row(*[Text(_cell(row.get(c))) for c in result.columns])
        console.print(table, markup=False)
        err_console.print(f"{len(result.rows)} row(s) in {result.elapsed_ms:.1f} ms", highlight=False)
    if result.truncated:
        err_console.print(
            f"[yellow]warning:[/] output stopped at the row cap of {len(result.rows)} rows; "
            "raise it with --max-rows or ACTORGRAPH_MAX_ROWS, or add LIMIT", highlight=False)
