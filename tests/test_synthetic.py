"""The synthetic benchmark graph: deterministic, registry-valid, heavy-tailed, and loadable on both engines."""

from __future__ import annotations

from collections import Counter

import pytest

from actorgraph.graph import ontology
from benchmarks.synthetic import synthetic_graph


def test_same_seed_same_graph_other_seed_other_graph():
    one, two, other = (synthetic_graph(500, 1_500, seed=s) for s in (7, 7, 8))
    assert [a.id for a in one.actors()] == [a.id for a in two.actors()]
    assert [r.model_dump() for r in one.relations()] == [r.model_dump() for r in two.relations()]
    assert [a.id for a in one.actors()] != [a.id for a in other.actors()]


def test_unpacks_as_actors_relations_documents():
    actors, relations, documents = synthetic_graph(200, 600)
    actors, relations, documents = list(actors), list(relations), list(documents)
    ids = {a.id for a in actors}
    assert len(ids) == len(actors) == 200 + 8  # the synthetic outlets come on top
    assert len(relations) == 600 and len({r.id for r in relations}) == 600
    doc_ids = {d.id for d in documents}
    for rel in relations:
        assert rel.source in ids and rel.target in ids and rel.source != rel.target
        assert rel.attributed_to is None or rel.attributed_to in ids
        assert rel.evidence.document_id in doc_ids
        assert rel.evidence.sentence and rel.evidence.end - rel.evidence.start == len(rel.evidence.sentence)
        assert rel.date is not None


def test_mix_of_kinds_types_and_a_heavy_tail():
    graph = synthetic_graph(5_000, 15_000)
    kinds = Counter(a.kind for a in graph.actors())
    assert set(kinds) == set(ontology().actor_kinds)
    assert kinds["Person"] > kinds["Organization"] > kinds["Country"]
    types, degree = Counter(), Counter()
    for rel in graph.relations():
        types[rel.type] += 1
        degree[rel.source] += 1
        degree[rel.target] += 1
    assert set(types) <= set(ontology().fact_types()) and len(types) >= 20
    ranked = [n for _, n in degree.most_common()]
    mean = sum(ranked) / len(ranked)
    assert ranked[0] > 50 * mean  # hubs
    assert sorted(ranked)[len(ranked) // 2] <= 3  # most actors appear a few times


def test_hub_ids_are_the_best_connected():
    graph = synthetic_graph(2_000, 6_000)
    degree = Counter(x for r in graph.relations() for x in (r.source, r.target))
    countries = [aid for aid, _ in degree.most_common() if aid.startswith("country:")]
    assert graph.hub_ids("Country", 3)[0] in countries[:3]


def test_too_small_is_refused():
    with pytest.raises(ValueError, match="n_actors"):
        synthetic_graph(5, 10)


def test_load_synthetic_stores_everything(store):
    from benchmarks.synthetic import load_synthetic

    graph = load_synthetic(store, 300, 900, seed=3, batch_size=250)
    stats = store.stats()
    assert stats["actors"] == 308 and stats["relations"] == 900
    assert stats["documents"] == graph.n_documents
    assert stats["mentions"] == sum(1 for _ in graph.mentions())
    load_synthetic(store, 300, 900, seed=3, batch_size=400)  # idempotent, other batch boundaries
    assert store.stats() == stats
