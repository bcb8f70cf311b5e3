"""find_paths against networkx on a random graph, on every engine."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from actorgraph.errors import InvalidInput, NotFound
from actorgraph.graph import Actor, Document, Evidence, Relation
from actorgraph.queries.paths import find_paths

TYPES = ["SANCTIONS", "MEETS_WITH", "ACCUSES", "SUPPORTS"]


def _random_graph(store, n_actors=60, n_relations=110, seed=7):
    rng = random.Random(seed)
    doc = Document(text=f"random graph {seed}")
    actors = [Actor(name=f"Actor {i:03d}", kind="Person") for i in range(n_actors)]
    rels, multi = [], nx.MultiDiGraph()
    multi.add_nodes_from(a.id for a in actors)
    for i in range(n_relations):
        a, b = rng.sample(actors, 2)
        t = rng.choice(TYPES)
        rels.append(Relation(source=a.id, type=t, target=b.id, date=f"2025-0{rng.randint(1, 9)}-01",
                             evidence=Evidence(document_id=doc.id, start=i, end=i + 1)))
        multi.add_edge(a.id, b.id, type=t)
    store.load_document(doc, actors, rels)
    return [a.id for a in actors], multi


def _typed(multi, types, directed=False):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(multi.nodes)
    g.add_edges_from((a, b) for a, b, t in multi.edges(data="type") if t in types)
    return g


@pytest.fixture
def random_graph(store):
    return _random_graph(store)


def test_shortest_paths_match_networkx(store, random_graph):
    ids, multi = random_graph
    g = _typed(multi, TYPES)
    rng = random.Random(1)
    checked = 0
    for _ in range(25):
        s, t = rng.sample(ids, 2)
        got = find_paths(store, s, t, max_hops=6, limit=1000)
        if not nx.has_path(g, s, t) or nx.shortest_path_length(g, s, t) > 6:
            assert got == []
            continue
        want = sorted(nx.all_shortest_paths(g, s, t))
        assert sorted([n["id"] for n in p["nodes"]] for p in got) == want
        for p in got:
            for node_a, rel, node_b in zip(p["nodes"], p["relationships"], p["nodes"][1:], strict=False):
                assert {rel["source"], rel["target"]} == {node_a["id"], node_b["id"]}
        checked += 1
    assert checked >= 10


def test_type_filter_and_direction_match_networkx(store, random_graph):
    ids, multi = random_graph
    rng = random.Random(2)
    for directed in (False, True):
        g = _typed(multi, {"SANCTIONS", "ACCUSES"}, directed)
        for _ in range(15):
            s, t = rng.sample(ids, 2)
            got = find_paths(store, s, t, max_hops=8, types=["sanctions", "accuses"], directed=directed)
            if nx.has_path(g, s, t) and nx.shortest_path_length(g, s, t) <= 8:
                assert got and got[0]["hops"] == nx.shortest_path_length(g, s, t)
                assert all(r["_type"] in {"SANCTIONS", "ACCUSES"} for p in got for r in p["relationships"])
                if directed:
                    assert all(r["source"] == n["id"] for p in got
                               for r, n in zip(p["relationships"], p["nodes"], strict=False))
            else:
                assert got == []


def test_all_paths_match_networkx(store, random_graph):
    ids, multi = random_graph
    g = _typed(multi, TYPES)
    rng = random.Random(3)
    for _ in range(10):
        s, t = rng.sample(ids, 2)
        for k in (3, 4):
            want = sorted(nx.all_simple_paths(g, s, t, cutoff=k), key=lambda p: (len(p), p))
            got = find_paths(store, s, t, max_hops=k, all_paths=True, limit=100_000)
            assert [[n["id"] for n in p["nodes"]] for p in got] == want


def test_parallel_statements_and_errors(store, random_graph):
    ids, multi = random_graph
    s, t = next((a, b) for a, b in multi.edges())
    p = find_paths(store, s, t, max_hops=1)[0]
    assert p["hops"] == 1 and p["parallel"] == [multi.number_of_edges(s, t) + multi.number_of_edges(t, s)]
    assert find_paths(store, s, s)[0]["hops"] == 0
    with pytest.raises(NotFound) as err:
        find_paths(store, s, "person:nobody")
    assert err.value.field == "target"
    for ends in (("person:nobody", t), ("person:nobody", "person:nobody")):  # also when no hop is searched
        with pytest.raises(NotFound) as err:
            find_paths(store, *ends)
        assert err.value.field == "source"
    with pytest.raises(InvalidInput):
        find_paths(store, s, t, max_hops=0)
    with pytest.raises(InvalidInput):
        find_paths(store, s, t, types=["FRIENDS_WITH"])
    with pytest.raises(InvalidInput) as err:
        find_paths(store, s, t, statuses=["rumoured"])
    assert err.value.field == "statuses"
    assert find_paths(store, s, t, max_hops=6, statuses=["NEGATED"]) == []  # every statement is asserted
    assert find_paths(store, s, t, max_hops=1, statuses=["Asserted"])[0]["hops"] == 1


def test_neighbourhood_distances_and_cap(store, random_graph):
    from actorgraph.queries.paths import neighbourhood
    from actorgraph.queries.subgraph import edges_among

    ids, multi = random_graph
    g = _typed(multi, TYPES)
    for centre in ids[:10]:
        got = neighbourhood(store, centre, hops=2, max_nodes=10_000)
        assert got == nx.single_source_shortest_path_length(g, centre, cutoff=2)
        capped = neighbourhood(store, centre, hops=2, max_nodes=5)
        assert len(capped) <= 5 and capped[centre] == 0
        assert all(got[n] == d for n, d in capped.items())
        if len(got) >= 5:
            assert len(capped) == 5
    ball = neighbourhood(store, ids[0], hops=2, max_nodes=10_000)
    edges, _ = edges_among(store, list(ball))
    assert len(edges) == multi.subgraph(ball).number_of_edges()
