"""Batched, pipelined writes: order, atomic batches, stop at the first failure, repeats inside a batch."""

from __future__ import annotations

import pytest

from actorgraph.errors import InvalidInput
from actorgraph.graph import Actor, Evidence, Relation


def _rel(src: Actor, dst: Actor, i: int, target_id: str | None = None) -> Relation:
    return Relation(source=src.id, type="ACCUSES", target=target_id or dst.id,
                    evidence=Evidence(document_id="doc:batches", start=i * 10, end=i * 10 + 5))


def test_a_failing_batch_stops_the_load_and_keeps_earlier_batches(store):
    a, b = Actor(name="Alpha Front", kind="Organization"), Actor(name="Beta Party", kind="Organization")
    store.upsert_actors([a, b])
    rels = [_rel(a, b, i) for i in range(25)]
    rels[12] = _rel(a, b, 12, target_id="organization:nobody")  # third batch of 5 refers to an unknown actor
    with pytest.raises(InvalidInput, match="organization:nobody"):
        store.upsert_relations(rels, batch_size=5)
    assert store.stats()["relations"] == 10  # batches 1-2 stored, batch 3 refused whole, 4-5 never sent


def test_repeated_actor_in_one_batch_folds_like_consecutive_upserts(store):
    batch = [
        Actor(name="Delcy Rodríguez", kind="Person", aliases=["Rodríguez"], properties={"role": "minister"}),
        Actor(name="Delcy Rodríguez", kind="Person", aliases=["Delcy Eloína Rodríguez"],
              external_ids=["ofac:25077"], description="Vice president", properties={"role": "vp"}),
        Actor(name="Delcy Rodríguez", kind="Person", aliases=["Rodríguez"]),
    ]
    store.upsert_actors(batch)
    one_by_one = store.query("MATCH (a:Actor) RETURN a").single()
    store.clear()
    for actor in batch:
        store.upsert_actors([actor])
    assert store.query("MATCH (a:Actor) RETURN a").single() == one_by_one
    assert one_by_one["aliases"] == ["Rodríguez", "Delcy Eloína Rodríguez"]
    assert one_by_one["role"] == "vp" and one_by_one["description"] == "Vice president"
    assert one_by_one["_labels"] == ["Actor", "Person"]


def test_existing_actor_gains_aliases_and_new_ones_are_created_in_the_same_batch(store):
    store.upsert_actors([Actor(name="Venezuela", kind="Country")])
    store.upsert_actors([Actor(name="Venezuela", kind="Country", aliases=["Caracas"]),
                         Actor(name="Colombia", kind="Country", aliases=["Bogotá"])], batch_size=10)
    rows = store.query("MATCH (a:Actor:Country) RETURN a.id AS id, a.aliases AS aliases, "
                       "a.search_text AS text ORDER BY id").rows
    assert rows == [
        {"id": "country:colombia", "aliases": ["Bogotá"], "text": "colombia bogota"},
        {"id": "country:venezuela", "aliases": ["Caracas"], "text": "venezuela caracas"},
    ]


def test_bad_batch_size_is_refused(store):
    with pytest.raises(InvalidInput, match="batch_size"):
        store.upsert_actors([Actor(name="Gamma", kind="Group")], batch_size=0)
