"""Re-ingesting a changed document replaces its MENTIONS as well as its relations, on both engines, and a
mention that entity resolution moved to a surviving actor is recognised as the same mention."""

from __future__ import annotations

import pytest

from actorgraph.errors import ActorGraphError
from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from actorgraph.loaders.ingest import ingest_documents
from actorgraph.loaders.resolve import link_actors
from actorgraph.queries.named import run_named
from tests.extractor_double import DoubleExtractor
from tests.lists.graph_dump import dump_graph

KARVIA, LENMARK = "country:republic-of-karvia", "country:lenmark"
OSTREL, VOSS = "organization:ostrel-shipping", "person:elena-voss"
OFAC_VOSS = "person:elena-marit-voss-hartmann"
FTM_VOSS = "person:elena-m-voss-hartmann"

FIRST = ("Republic of Karvia imposed sanctions on Ostrel Shipping. Elena Voss met Lenmark. "
         "Republic of Karvia accused Lenmark.")
# the wire service corrected its story: Lenmark is gone, Elena Voss is named twice now
SECOND = "Republic of Karvia imposed sanctions on Ostrel Shipping. Elena Voss met Ostrel Shipping. Elena Voss spoke."


def _ingest(store: GraphStore, text: str, link: bool = False) -> None:
    """A .jsonl-style record: a fixed id, whatever the text."""
    report = ingest_documents(store, [Document(id="wire:2025-118", text=text, title="Karvia wire")],
                              DoubleExtractor(), link=link)
    assert report.failures == []


def _mentions(store: GraphStore, doc_id: str = "wire:2025-118") -> dict[str, int]:
    rows = store.query("MATCH (:Document {id: $id})-[m:MENTIONS]->(a:Actor) RETURN a.id AS id, m.count AS n",
                       {"id": doc_id}).rows
    return {r["id"]: r["n"] for r in rows}


def _relations(store: GraphStore, doc_id: str = "wire:2025-118") -> set[tuple[str, str, str]]:
    rows = store.query("MATCH (a:Actor)-[r]->(b:Actor) WHERE r.doc_id = $id RETURN a.id AS a, type(r) AS t, "
                       "b.id AS b", {"id": doc_id}).rows
    return {(r["a"], r["t"], r["b"]) for r in rows}


def _other_article(store: GraphStore) -> None:
    """A second document naming Lenmark, whose mention must survive the wire's correction."""
    doc = Document(id="wire:2025-120", text="Lenmark protested.", title="Lenmark")
    store.load_document(doc, [Actor(name="Lenmark", kind="Country")], [], replace=True)


def test_dropped_actor_loses_only_its_mention(store: GraphStore) -> None:
    _other_article(store)
    _ingest(store, FIRST)
    assert _mentions(store) == {KARVIA: 2, OSTREL: 1, VOSS: 1, LENMARK: 2}
    before = store.stats()
    _ingest(store, SECOND)
    assert _mentions(store) == {KARVIA: 1, OSTREL: 2, VOSS: 2}
    assert _mentions(store, "wire:2025-120") == {LENMARK: 1}
    assert _relations(store) == {(KARVIA, "SANCTIONS", OSTREL), (VOSS, "MEETS_WITH", OSTREL)}
    after = store.stats()
    assert after["mentions"] == before["mentions"] - 1
    assert after["actors"] == before["actors"]  # Lenmark stays: another document names it
    docs = run_named(store, "actor_documents", {"actor": LENMARK})
    assert docs.values("id") == ["wire:2025-120"]
    assert run_named(store, "actor_profile", {"actor": LENMARK}).rows[0]["documents"] == 1
    co = {r["id"]: r["documents"] for r in run_named(store, "co_mentioned", {"actor": KARVIA}).rows}
    assert co == {OSTREL: 1, VOSS: 1}


def test_reingest_of_the_same_text_changes_nothing(store: GraphStore) -> None:
    _other_article(store)
    _ingest(store, FIRST)
    first = dump_graph(store)
    _ingest(store, FIRST)
    assert dump_graph(store) == first
    _ingest(store, SECOND)
    second = dump_graph(store)
    _ingest(store, SECOND)
    assert dump_graph(store) == second


def test_a_failed_reingest_keeps_the_old_mentions(store: GraphStore) -> None:
    _ingest(store, FIRST)
    before = dump_graph(store)
    doc = Document(id="wire:2025-118", text=SECOND, title="Karvia wire")
    karvia, ostrel = Actor(name="Republic of Karvia", kind="Country"), Actor(name="Ostrel Shipping",
                                                                               kind="Organization")
    # a property value no engine stores (a map; model_copy skips validation, as a buggy plug-in might) makes
    # the engine refuse the transaction's last statement, after the deletions have run
    good = Relation(source=karvia.id, type="SANCTIONS", target=ostrel.id,
                    evidence=Evidence(document_id=doc.id, sentence="x", start=0, end=1))
    bad = good.model_copy(update={"properties": {"detail": {"a": 1}}})
    with pytest.raises(ActorGraphError):
        store.load_document(doc, [karvia, ostrel], [bad], replace=True)
    assert dump_graph(store) == before


def _listing(store: GraphStore) -> None:
    ofac = Actor(name="VOSS HARTMANN, Elena Marit", kind="Person", external_ids=["ofac:91501"],
                 properties={"list_source": "ofac", "surnames": "VOSS HARTMANN", "given_names": "Elena Marit"})
    store.load_document(Document(id="list:ofac-fixture", title="SDN fixture"), [ofac], [])


def _opensanctions_record(store: GraphStore) -> None:
    rec = Actor(name="Elena M. Voss Hartmann", kind="Person", external_ids=["opensanctions:NK-ev1", "ofac:91501"],
                properties={"list_source": "opensanctions", "surnames": "Voss Hartmann", "given_names": "Elena M."})
    store.load_document(Document(id="list:ftm-fixture", title="FtM fixture"), [rec], [])


def test_reingest_after_a_merge_keeps_the_merged_mention(store: GraphStore) -> None:
    _listing(store)
    _ingest(store, FIRST, link=True)
    assert _mentions(store)[OFAC_VOSS] == 1 and VOSS not in _mentions(store)
    linked = dump_graph(store)
    _ingest(store, FIRST)  # no linking yet: the news id is back for a moment, the merged mention stays
    assert _mentions(store) == {KARVIA: 2, OSTREL: 1, OFAC_VOSS: 1, VOSS: 1, LENMARK: 2}
    link_actors(store)
    assert dump_graph(store) == linked
    _ingest(store, SECOND)  # Lenmark dropped; Elena Voss still named (by her pre-merge id)
    assert _mentions(store) == {KARVIA: 1, OSTREL: 2, OFAC_VOSS: 1, VOSS: 2}
    assert (OFAC_VOSS, "MEETS_WITH", LENMARK) not in _relations(store)
    link_actors(store)
    assert set(_mentions(store)) == {KARVIA, OSTREL, OFAC_VOSS}
    assert _relations(store) == {(KARVIA, "SANCTIONS", OSTREL), (OFAC_VOSS, "MEETS_WITH", OSTREL)}
    assert _mentions(store, "list:ofac-fixture") == {OFAC_VOSS: 1}


def test_reingest_that_drops_a_merged_actor_removes_its_mention(store: GraphStore) -> None:
    _listing(store)
    _ingest(store, FIRST, link=True)
    _ingest(store, "Republic of Karvia imposed sanctions on Ostrel Shipping.", link=True)
    assert _mentions(store) == {KARVIA: 1, OSTREL: 1}
    assert _mentions(store, "list:ofac-fixture") == {OFAC_VOSS: 1}  # the listing's own mention stays
    assert run_named(store, "actor_documents", {"actor": OFAC_VOSS}).values("id") == ["list:ofac-fixture"]


def test_merge_chains_are_followed(store: GraphStore) -> None:
    """News actor into an OpenSanctions record, that record into the OFAC listing: two merge records."""
    _opensanctions_record(store)
    _ingest(store, FIRST, link=True)
    _listing(store)
    link_actors(store)
    assert _mentions(store)[OFAC_VOSS] == 1 and FTM_VOSS not in _mentions(store)
    linked = dump_graph(store)
    _ingest(store, FIRST)
    assert _mentions(store)[OFAC_VOSS] == 1
    link_actors(store)
    assert dump_graph(store) == linked
