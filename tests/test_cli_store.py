"""`actorgraph stats` and `actorgraph cypher` through the CLI, on both engines."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.graph import Actor, Document, Evidence, Relation

runner = CliRunner()


def _seed(store) -> None:
    text = "Ministers from Ruritania accused the Freedonian navy of seizing a tanker."
    doc = Document(text=text, title="Tanker row", published="2026-03-02")
    a = Actor(name="Ruritania", kind="Country")
    b = Actor(name="Freedonian Navy", kind="Organization")
    store.load_document(doc, [a, b], [Relation(source=a.id, type="ACCUSES", target=b.id,
                                               evidence=Evidence(document_id=doc.id, sentence=text))])


def test_stats_json(engine, store):
    _seed(store)
    res = runner.invoke(app, ["stats", "--json"], env=engine.env())
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert (data["actors"], data["documents"], data["relations"]) == (2, 1, 1)
    assert data["relations_by_type"] == {"ACCUSES": 1}


def test_cypher_count_and_read_only(engine, store):
    _seed(store)
    res = runner.invoke(app, ["cypher", "MATCH (n:Actor) RETURN count(n) AS n", "--format", "json"],
                        env=engine.env())
    assert res.exit_code == 0 and json.loads(res.stdout) == {"n": 2}
    res = runner.invoke(app, ["cypher", "CREATE (:Actor {id: 'x'})"], env=engine.env())
    assert res.exit_code == 1 and "ReadOnlyViolation" in res.stderr
    assert store.stats()["actors"] == 2


def test_unknown_store_url_is_a_clear_error():
    res = runner.invoke(app, ["--store", "mysql://localhost", "stats"])
    assert res.exit_code == 1
    assert "unknown store 'mysql://localhost'" in res.stderr


def test_unreachable_falkordb_server_is_one_clear_line():
    res = runner.invoke(app, ["--store", "falkordb://127.0.0.1:1", "stats"])
    assert res.exit_code == 1
    assert "StoreUnavailable: FalkorDB at falkordb://127.0.0.1:1 is not reachable" in res.stderr
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1
