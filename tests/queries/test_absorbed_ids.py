"""An id that entity resolution absorbed still works wherever an actor is named: named queries, the
neighbourhood view, paths. It leads to the actor that absorbed it (on both engines)."""

from __future__ import annotations

import pytest

from actorgraph.errors import NotFound
from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from actorgraph.loaders.merge import merge_actors
from actorgraph.queries.named import run_named
from actorgraph.queries.search import resolve_actor
from actorgraph.queries.subgraph import ego_network

LISTED = Actor(name="ORTEGA VALDES, Ramiro", kind="Person", external_ids=["ofac:91001"],
               properties={"list_source": "ofac"})
NEWS = Actor(name="Ramiro Ortega", kind="Person")
RECORD = Actor(name="Ramiro Alberto Ortega Valdes", kind="Person", external_ids=["opensanctions:NK-x"],
               properties={"list_source": "opensanctions"})
STATE = Actor(name="Ruritania", kind="Country")


@pytest.fixture
def merged(store: GraphStore) -> GraphStore:
    doc = Document(text="Ruritania sanctioned Ramiro Ortega.", title="t")
    store.load_document(Document(id="doc:list", title="list"), [LISTED, RECORD], [])
    store.load_document(doc, [NEWS, STATE], [Relation(source=STATE.id, type="SANCTIONS", target=NEWS.id,
                                                      evidence=Evidence(document_id=doc.id, sentence=doc.text,
                                                                        start=0, end=len(doc.text)))])
    merge_actors(store, RECORD.id, NEWS.id, 90.0, "test: news into the record")
    merge_actors(store, LISTED.id, RECORD.id, 100.0, "test: record into the listing")  # a chain of two
    return store


def test_an_absorbed_id_resolves_to_the_actor_at_the_end_of_the_chain(merged: GraphStore) -> None:
    assert resolve_actor(merged, NEWS.id)["id"] == LISTED.id
    assert resolve_actor(merged, RECORD.id)["id"] == LISTED.id
    with pytest.raises(NotFound):
        resolve_actor(merged, "person:nobody-ever")


def test_named_queries_views_and_paths_accept_an_absorbed_id(merged: GraphStore) -> None:
    profile = run_named(merged, "actor_profile", {"actor": NEWS.id})
    assert profile.rows and profile.rows[0]["id"] == LISTED.id
    sub = ego_network(merged, NEWS.id, hops=1)
    assert {n["id"] for n in sub.nodes} == {LISTED.id, STATE.id}
    paths = run_named(merged, "paths", {"source": NEWS.id, "target": STATE.id, "max_hops": 1})
    assert paths.rows, "the sanction moved to the listing, so the two are one hop apart"
