"""``actorgraph demo``: the main job end to end on the configured store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from actorgraph.commands import store as store_commands
from actorgraph.commands.common import handle_errors, store_from
from actorgraph.graph import Actor, Document, Evidence, Relation


@handle_errors
def demo(ctx: typer.Context,
         out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the HTML network")] = Path(
             "actorgraph-demo.html")) -> None:
    """Load a small built-in graph and print a summary (the loaders and views replace this)."""
    text = "Venezuelan President Nicolás Maduro spoke with U.S. President Donald Trump on November 21."
    doc = Document(text=text, title="Built-in sample", published="2025-12-01")
    maduro = Actor(name="Nicolás Maduro", kind="Person")
    trump = Actor(name="Donald Trump", kind="Person")
    rel = Relation(source=maduro.id, type="NEGOTIATES_WITH", target=trump.id, date="2025-11-21",
                   evidence=Evidence(document_id=doc.id, sentence=text, start=0, end=len(text)))
    with store_from(ctx) as store:
        store.load_document(doc, [maduro, trump], [rel])
    store_commands.stats(ctx, as_json=False)


def register(app: typer.Typer) -> None:
    app.command()(demo)
