"""merge_actors / undo_merge on awkward graphs: many edges, shared documents, attributions, edges between
the two halves; undo must give back the exact previous graph on both engines."""

from __future__ import annotations

import pytest

from actorgraph.errors import InvalidInput, NotFound
from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from actorgraph.loaders.merge import list_merges, merge_actors
from actorgraph.loaders.merge_undo import undo_merge
from tests.lists.graph_dump import dump_graph

LISTED = Actor(name="ESTRADA VILLANUEVA, Rosalba Ines", kind="Person", external_ids=["ofac:90001"],
               properties={"list_source": "ofac"})
NEWS = Actor(name="Rosalba Estrada", kind="Person", aliases=["La Jefa"])


def _busy_graph(store: GraphStore, n_docs: int = 40) -> None:
    others = [Actor(name=f"Minister Number {i}", kind="Person") for i in range(10)]
    outlet = Actor(name="Example Wire", kind="Organization")
    store.load_document(Document(id="doc:list", title="list"), [LISTED], [])
    for d in range(n_docs):
        doc = Document(text=f"article {d}", title=f"article {d}")
        rels = [Relation(source=NEWS.id, type="MEETS_WITH", target=others[(d + k) % 10].id,
                         attributed_to=outlet.id, evidence=Evidence(document_id=doc.id, sentence=f"s{d}.{k}",
                                                                    start=k, end=k + 1)) for k in range(4)]
        rels.append(Relation(source=others[d % 10].id, type="ACCUSES", target=NEWS.id,
                             evidence=Evidence(document_id=doc.id, sentence=f"acc{d}", start=10, end=11)))
        actors = [NEWS, outlet, *others]
        mentions = {a.id: 1 + (d % 3) for a in actors}
        if d % 4 == 0:  # some articles name the listing too
            actors.append(LISTED)
            mentions[LISTED.id] = 2
            rels.append(Relation(source=NEWS.id, type="ASSOCIATED_WITH", target=LISTED.id,
                                 evidence=Evidence(document_id=doc.id, sentence="same person?", start=20, end=21)))
        store.load_document(doc, actors, rels, mentions)
    # a statement attributed to the news actor itself
    doc = Document(text="quote", title="quote")
    store.load_document(doc, [NEWS, others[0], others[1]], [Relation(
        source=others[0].id, type="SUPPORTS", target=others[1].id, attributed_to=NEWS.id,
        evidence=Evidence(document_id=doc.id, sentence="q", start=0, end=1))])


def test_merge_moves_everything_and_undo_restores_it(store: GraphStore) -> None:
    _busy_graph(store)
    before = dump_graph(store)
    rec = merge_actors(store, LISTED.id, NEWS.id, 80.0, "test")
    assert store.query("MATCH (a:Actor {id: $id}) RETURN count(a) AS n", {"id": NEWS.id}).single() == 0
    assert store.query("MATCH (a:Actor {id: $id})-[r:MEETS_WITH]->() RETURN count(r) AS n",
                       {"id": LISTED.id}).single() == 160
    assert store.query("MATCH ()-[r:ACCUSES]->(a:Actor {id: $id}) RETURN count(r) AS n",
                       {"id": LISTED.id}).single() == 40
    assert store.query("MATCH (a:Actor {id: $id})-[r:ASSOCIATED_WITH]-() RETURN count(r) AS n",
                       {"id": LISTED.id}).single() == 0  # statements between the two halves are dropped
    counts = store.query("MATCH (d:Document)-[m:MENTIONS]->(a:Actor {id: $id}) RETURN d.title AS t, m.count AS n",
                         {"id": LISTED.id}).rows
    by_title = {r["t"]: r["n"] for r in counts}
    assert by_title["article 0"] == 2 + 1 and by_title["article 1"] == 2  # shared document: counts add up
    assert store.query("MATCH ()-[r:SUPPORTS]->() RETURN r.attributed_to AS a").single() == LISTED.id
    listed = store.query("MATCH (a:Actor {id: $id}) RETURN a", {"id": LISTED.id}).single()
    assert {"Rosalba Estrada", "La Jefa"} <= set(listed["aliases"]) and "rosalba estrada" in listed["search_text"]
    assert [m.id for m in list_merges(store)] == [rec.id]
    undo_merge(store, rec.id)
    assert dump_graph(store) == before


def test_refusals(store: GraphStore) -> None:
    _busy_graph(store, n_docs=2)
    with pytest.raises(InvalidInput):
        merge_actors(store, NEWS.id, NEWS.id, 1.0, "self")
    with pytest.raises(NotFound):
        merge_actors(store, LISTED.id, "person:nobody", 1.0, "missing")
    with pytest.raises(NotFound):
        undo_merge(store, "merge:unknown")
    with pytest.raises(InvalidInput, match="already undone"):
        rec = merge_actors(store, LISTED.id, NEWS.id, 80.0, "test")
        undo_merge(store, rec.id)
        undo_merge(store, rec.id)


def test_undo_when_the_absorbed_actor_exists_again(store: GraphStore) -> None:
    """The absorbed id came back (its article loaded again without linking): undo moves the statements
    back onto it once and leaves no copy on the kept actor."""
    _busy_graph(store, n_docs=4)
    before = dump_graph(store)
    rec = merge_actors(store, LISTED.id, NEWS.id, 80.0, "test")
    store.load_document(None, [NEWS], [])  # the absorbed id exists again
    undo_merge(store, rec.id)
    assert dump_graph(store) == before


def test_undo_keeps_names_added_after_the_merge(store: GraphStore) -> None:
    _busy_graph(store, n_docs=2)
    rec = merge_actors(store, LISTED.id, NEWS.id, 80.0, "test")
    newer = LISTED.model_copy(update={"aliases": ["ESTRADA, Rosa"], "external_ids": ["ofac:90001", "un:QDi.1"]})
    store.load_document(Document(id="doc:list2", title="newer list"), [newer], [])
    undo_merge(store, rec.id)
    row = store.query("MATCH (a:Actor {id: $id}) RETURN a.aliases AS al, a.external_ids AS ext",
                      {"id": LISTED.id}).rows[0]
    assert row["al"] == ["ESTRADA, Rosa"] and row["ext"] == ["ofac:90001", "un:QDi.1"]
