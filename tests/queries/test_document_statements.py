"""The ``document_statements`` named query: one document's statements in text order, on every engine,
through ``run_named`` and ``actorgraph query``."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from actorgraph.queries.named import get_query, run_named
from tests.queries import graph_fixture

NEWS_1, NEWS_2, LIST_DOC = graph_fixture.documents()


def _loaded(store: GraphStore) -> GraphStore:
    graph_fixture.load(store)
    return store


def test_the_example_is_a_document_of_the_fixture() -> None:
    assert get_query("document_statements").example == {"document": NEWS_1.id}


def test_news_statements_in_text_order_with_their_sentences(store: GraphStore) -> None:
    rows = run_named(_loaded(store), "document_statements", {"document": NEWS_1.id}).rows
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    assert len(rows) == 4 and len({r["id"] for r in rows}) == 4  # each statement once, from either end
    for r in rows:
        assert NEWS_1.text[r["start"]:r["end"]] == r["sentence"]
    tied = [r for r in rows if r["start"] == rows[-1]["start"]]  # two statements of one sentence
    assert len(tied) == 2 and [r["id"] for r in tied] == sorted(r["id"] for r in tied)
    first = rows[0]
    assert (first["source"], first["type"], first["target"]) == ("person:nicolas-maduro", "MEETS_WITH",
                                                                 "person:donald-trump")
    assert first["source_name"] == "Nicolás Maduro" and first["attributed_to"] == "country:venezuela"
    # Statements of the same actors in another document stay out.
    assert {r["id"] for r in rows}.isdisjoint(
        run_named(store, "document_statements", {"document": NEWS_2.id}).values("id"))


def test_list_rows_come_by_id_with_locators_and_types_filter(store: GraphStore) -> None:
    rows = run_named(_loaded(store), "document_statements", {"document": LIST_DOC.id}).rows
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows) and len(rows) == 3
    assert {r["locator"] for r in rows} == {"sdn.csv#22790", "sdn.csv#22791", "sdn.csv#22790b"}
    assert all(r["start"] is None and r["type"] == "SANCTIONS" for r in rows)
    only = run_named(store, "document_statements", {"document": NEWS_2.id, "types": "MEETS_WITH"}).rows
    assert [(r["type"], r["status"]) for r in only] == [("MEETS_WITH", "alleged")]
    assert run_named(store, "document_statements", {"document": "doc:nothing", "limit": 5}).rows == []
    assert len(run_named(store, "document_statements", {"document": LIST_DOC.id, "limit": 2}).rows) == 2


def test_a_statement_whose_agent_is_not_mentioned_is_found(store: GraphStore) -> None:
    agent, target = Actor(name="Harbour Authority", kind="Organization"), Actor(name="Blue Gull", kind="Vessel")
    doc = Document(text="The Blue Gull was detained at the port.", title="Detained")
    rel = Relation(source=agent.id, type="COERCES", target=target.id,
                   evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=len(doc.text)))
    store.load_document(doc, [agent, target], [rel], {target.id: 1})
    rows = run_named(store, "document_statements", {"document": doc.id}).rows
    assert [(r["source"], r["id"]) for r in rows] == [(agent.id, rel.id)]


def test_cli_query(engine: Any, store: GraphStore) -> None:
    _loaded(store)
    res = CliRunner().invoke(app, ["query", "document_statements", "-p", f"document={NEWS_2.id}", "--format",
                                   "json"], env=engine.env())
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows) and len(rows) == 4
    res = CliRunner().invoke(app, ["query", "document_statements"], env=engine.env())
    assert res.exit_code == 1 and "needs parameter 'document'" in res.stderr
