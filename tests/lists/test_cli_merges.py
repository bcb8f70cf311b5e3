"""`actorgraph link` and `actorgraph merges list|undo` through the CLI, on both engines."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from tests.conftest import Engine
from tests.lists.graph_dump import dump_graph

runner = CliRunner()


def _seed(store: GraphStore) -> None:
    listing = Actor(name="ESTRADA VILLANUEVA, Rosalba Ines", kind="Person", external_ids=["ofac:90001"],
                    properties={"list_source": "ofac", "surnames": "ESTRADA VILLANUEVA", "given_names": "Rosalba Ines"})
    sister = Actor(name="ESTRADA VILLANUEVA, Marta", kind="Person", external_ids=["ofac:90009"],
                   properties={"list_source": "ofac"})
    store.load_document(Document(id="doc:list", title="list"), [listing, sister], [])
    text = "Rosalba Estrada met [b]Ruritanian[/b] envoys."
    doc = Document(text=text, title="news")
    news = Actor(name="Rosalba Estrada", kind="Person")
    other = Actor(name="[b]Ruritania[/b]", kind="Country")
    store.load_document(doc, [news, other], [Relation(source=news.id, type="MEETS_WITH", target=other.id,
                                                      evidence=Evidence(document_id=doc.id, sentence=text))])


def test_link_list_and_undo(engine: Engine, store: GraphStore) -> None:
    _seed(store)
    before = dump_graph(store)
    res = runner.invoke(app, ["link", "--dry-run", "--json"], env={**engine.env(), "COLUMNS": "250"})
    assert res.exit_code == 0, res.output
    planned = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(p["absorbed"], p["canonical"]) for p in planned] == [
        ("person:rosalba-estrada", "person:rosalba-ines-estrada-villanueva")]
    assert dump_graph(store) == before  # dry run changes nothing

    res = runner.invoke(app, ["link"], env={**engine.env(), "COLUMNS": "250"})
    assert res.exit_code == 0, res.output
    assert "Rosalba Estrada" in res.stdout and "merged 1 actor(s)" in res.stderr

    res = runner.invoke(app, ["merges", "list", "--json"], env={**engine.env(), "COLUMNS": "250"})
    records = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(records) == 1 and records[0]["status"] == "active"

    res = runner.invoke(app, ["merges", "show", records[0]["id"]], env={**engine.env(), "COLUMNS": "250"})
    assert res.exit_code == 0, res.output
    details = json.loads(res.stdout)
    assert details["absorbed_actor"]["name"] == "Rosalba Estrada"
    assert details["edges"] == {"MEETS_WITH (out, moved)": 1, "MENTIONS (in, moved)": 1}

    res = runner.invoke(app, ["merges", "undo", records[0]["id"]], env={**engine.env(), "COLUMNS": "250"})
    assert res.exit_code == 0, res.output
    assert dump_graph(store) == before
    res = runner.invoke(app, ["merges", "undo", records[0]["id"]], env={**engine.env(), "COLUMNS": "250"})
    assert res.exit_code == 1 and "already undone" in res.stderr
    res = runner.invoke(app, ["merges", "undo", "merge:nope"], env={**engine.env(), "COLUMNS": "250"})
    assert res.exit_code == 1 and "NotFound" in res.stderr


def test_table_output_shows_markup_as_text(engine: Engine, store: GraphStore) -> None:
    _seed(store)
    store.load_document(Document(id="doc:x", title="x"), [Actor(name="[b]Ruritania[/b] Ministry", kind="Organization",
                        external_ids=["ofac:1"], properties={"list_source": "ofac"})], [])
    store.load_document(Document(id="doc:y", title="y"), [Actor(name="The [b]Ruritania[/b] Ministry", kind="Organization")], [])
    res = runner.invoke(app, ["link"], env={**engine.env(), "COLUMNS": "250"})
    assert res.exit_code == 0, res.output
    assert "[b]Ruritania[/b]" in res.stdout
