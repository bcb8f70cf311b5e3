"""The GraphStore contract, written once and run against every engine."""

from __future__ import annotations

import pytest

from actorgraph.errors import InvalidInput, QueryError, QueryTimeout, ReadOnlyViolation
from actorgraph.graph import Actor, Document, Evidence, Relation
from actorgraph.graph.cypher import Statement


def _doc(text: str = "Nicolás Maduro spoke with Donald Trump on November 21.") -> Document:
    return Document(text=text, title="A call", url="https://example.org/a", source="Example Wire",
                    published="2025-12-01")


def _graph(doc: Document) -> tuple[list[Actor], list[Relation]]:
    maduro = Actor(name="Nicolás Maduro", kind="Person", aliases=["Maduro"])
    trump = Actor(name="Donald Trump", kind="Person")
    reuters = Actor(name="Reuters", kind="Organization")
    rel = Relation(source=maduro.id, type="NEGOTIATES_WITH", target=trump.id, date="2025-11-21",
                   status="reported", attributed_to=reuters.id, confidence=0.8,
                   evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=len(doc.text)),
                   properties={"topic": "exit terms"})
    return [maduro, trump, reuters], [rel]


def _dump(store) -> tuple[list, list]:
    nodes = store.query("MATCH (n) RETURN n ORDER BY n.id").values("n")
    rels = store.query("MATCH ()-[r]->() RETURN r ORDER BY type(r), r.id, r.count").values("r")
    return nodes, rels


def test_load_document_is_idempotent(store):
    doc = _doc()
    actors, rels = _graph(doc)
    store.load_document(doc, actors, rels)
    first = _dump(store)
    store.load_document(_doc(), *_graph(doc))  # a fresh load of the same document
    assert _dump(store) == first
    assert store.stats()["relations"] == 1
    assert store.stats()["documents"] == 1
    assert store.stats()["mentions"] == 3


def test_evidence_round_trip(store):
    doc = _doc()
    actors, rels = _graph(doc)
    store.load_document(doc, actors, rels)
    row = store.query(
        "MATCH (a:Actor)-[r:NEGOTIATES_WITH]->(b:Actor) RETURN a.name AS a, b.name AS b, r").rows[0]
    r = row["r"]
    assert (row["a"], row["b"]) == ("Nicolás Maduro", "Donald Trump")
    assert r["_type"] == "NEGOTIATES_WITH"
    assert r["date"] == "2025-11-21" and r["status"] == "reported"
    assert r["attributed_to"] == "organization:reuters"
    assert r["doc_id"] == doc.id and r["sentence"] == doc.text
    assert (r["start"], r["end"]) == (0, len(doc.text))
    assert r["confidence"] == pytest.approx(0.8)
    assert r["topic"] == "exit terms"
    d = store.query("MATCH (d:Document {id: $id}) RETURN d", {"id": doc.id}).single()
    assert d["title"] == "A call" and d["published"] == "2025-12-01" and d["source"] == "Example Wire"


def test_actor_labels_and_alias_union(store):
    store.upsert_actors([Actor(name="Delcy Rodríguez", kind="Person", aliases=["Rodríguez"])])
    store.upsert_actors([Actor(name="Delcy Rodríguez", kind="Person", aliases=["Delcy Eloína Rodríguez"],
                               external_ids=["ofac:25077"])])
    a = store.query("MATCH (a:Actor:Person) RETURN a").single()
    assert a["_labels"] == ["Actor", "Person"]
    assert a["aliases"] == ["Rodríguez", "Delcy Eloína Rodríguez"]
    assert a["external_ids"] == ["ofac:25077"]
    assert a["norm_name"] == "delcy rodriguez"


@pytest.mark.parametrize("batch_size", [1, 7, 1000])
def test_batched_upsert_counts(store, batch_size):
    n = 60 if batch_size == 1 else 1500
    actors = [Actor(name=f"Official {i}", kind="Person") for i in range(n)]
    hub = Actor(name="Ministry of Finance", kind="Organization")
    assert store.upsert_actors([hub, *actors], batch_size=batch_size) == n + 1
    rels = [Relation(source=hub.id, type="SANCTIONS", target=a.id,
                     evidence=Evidence(document_id="doc:list", locator=f"row {i}"))
            for i, a in enumerate(actors)]
    assert store.upsert_relations(rels, batch_size=batch_size) == n
    store.upsert_relations(rels[: n // 2], batch_size=batch_size)  # re-load half: no duplicates
    counted = store.query("MATCH (:Organization)-[r:SANCTIONS]->(:Person) RETURN count(r) AS n").single()
    assert counted == n


def test_unicode_and_awkward_strings_round_trip(store):
    names = ["Nicolás Maduro", "Delcy Rodríguez", "Алексей Навальный", "محمد بن سلمان",
             'Quote "Marks" O\'Brien', "Back\\slash $param {brace}", "Line\nBreak", "🙂 Emoji Group"]
    store.upsert_actors([Actor(name=n, kind="Group") for n in names])
    got = set(store.query("MATCH (a:Group) RETURN a.name AS n").values("n"))
    assert got == {" ".join(n.split()) for n in names}
    hit = store.query("MATCH (a:Actor) WHERE a.name = $n RETURN a.id AS id",
                      {"n": 'Quote "Marks" O\'Brien'}).single()
    assert hit == "group:quote-marks-o-brien"


def test_read_only_queries_refuse_writes(store):
    with pytest.raises(ReadOnlyViolation):
        store.query("CREATE (:Actor {id: 'x'})")
    with pytest.raises(ReadOnlyViolation):
        store.query("MATCH (n) DETACH DELETE n")
    assert store.query("MATCH (n) RETURN count(n) AS n").single() == 0


def test_runaway_query_times_out(store):
    store.execute("UNWIND range(1, 14) AS i CREATE (:Actor:Group {id: 'g' + toString(i), name: 'g'})")
    store.execute("MATCH (a:Group), (b:Group) WHERE a.id < b.id CREATE (a)-[:ASSOCIATED_WITH]->(b)")
    with pytest.raises(QueryTimeout):
        store.query("MATCH (a)-[*]-(b) RETURN count(*)", timeout_s=0.5)


def test_runaway_write_times_out_and_leaves_nothing(store):
    """A write query obeys its timeout too (the engine undoes what it had written), so `cypher --write` or
    the API's write Cypher cannot run unbounded."""
    with pytest.raises(QueryTimeout):
        store.execute("UNWIND range(1, 30000) AS x UNWIND range(1, 30000) AS y "
                      "CREATE (:Scratch {x: x, y: y})", timeout_s=0.5)
    assert store.query("MATCH (n:Scratch) RETURN count(n) AS n").single() == 0


def test_row_cap_truncates_and_says_so(store):
    res = store.query("UNWIND range(1, 50) AS x RETURN x", max_rows=10)
    assert res.truncated and res.values("x") == list(range(1, 11))
    res = store.query("UNWIND range(1, 10) AS x RETURN x", max_rows=10)
    assert not res.truncated and len(res.rows) == 10


def test_bad_cypher_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.query("MATC (n) RETURN n")


def test_relation_to_unknown_actor_writes_nothing(store):
    doc = _doc()
    actors, rels = _graph(doc)
    ghost = Relation(source=actors[0].id, type="ATTACKS", target="person:nobody",
                     evidence=Evidence(document_id=doc.id))
    with pytest.raises(InvalidInput, match="person:nobody"):
        store.load_document(doc, actors, [*rels, ghost])
    assert store.stats()["actors"] == 0 and store.stats()["documents"] == 0


def test_failed_multi_statement_write_is_rolled_back(store):
    doc = _doc()
    actors, _ = _graph(doc)
    store.upsert_actors(actors[:1])
    before = _dump(store)
    statements = [
        Statement("UNWIND $rows AS row CREATE (:Actor:Group {id: row})", {"rows": ["g1", "g2"]}),
        Statement("MATCH (a:Actor {id: $id}) SET a.name = 'changed'", {"id": actors[0].id}),
        Statement("UNWIND $rows AS row RETURN row / 0", {"rows": [1]}),  # fails at run time
    ]
    with pytest.raises(QueryError):
        store._write(statements, 10.0)
    assert _dump(store) == before


def test_unregistered_types_and_labels_never_reach_cypher():
    with pytest.raises(ValueError, match="unknown relation type"):
        Relation(source="a", type="KNOWS]->(x) DETACH DELETE x //", target="b",
                 evidence=Evidence(document_id="d"))
    with pytest.raises(ValueError, match="unknown actor kind"):
        Actor(name="x", kind="Person:Admin")


def test_stats_and_clear(store):
    doc = _doc()
    store.load_document(doc, *_graph(doc))
    s = store.stats()
    assert s["actors_by_kind"] == {"Person": 2, "Organization": 1}
    assert s["relations_by_type"] == {"NEGOTIATES_WITH": 1}
    store.clear()
    assert store.stats()["actors"] == 0
    store.load_document(doc, *_graph(doc))  # schema survives clear
    assert store.stats()["actors"] == 3


def test_replace_drops_facts_a_document_no_longer_states(store):
    doc = _doc()
    actors, rels = _graph(doc)
    maduro, trump, _ = actors
    extra = Relation(source=trump.id, type="THREATENS", target=maduro.id,
                     evidence=Evidence(document_id=doc.id, sentence=doc.text, start=0, end=5))
    other_doc = _doc("Donald Trump threatened Nicolás Maduro again.")
    elsewhere = Relation(source=trump.id, type="THREATENS", target=maduro.id,
                         evidence=Evidence(document_id=other_doc.id, sentence=other_doc.text))
    store.load_document(doc, actors, [*rels, extra])
    store.load_document(other_doc, actors[:2], [elsewhere])
    store.load_document(doc, actors, rels)  # without replace: additive
    assert store.stats()["relations"] == 3
    store.load_document(doc, actors, rels, replace=True)
    left = store.query("MATCH ()-[r]->() WHERE r.doc_id IS NOT NULL RETURN r.id AS id ORDER BY id").values("id")
    assert left == sorted([rels[0].id, elsewhere.id])
