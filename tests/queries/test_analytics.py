"""networkx conversion and measures, on every engine."""

from __future__ import annotations

import networkx as nx
import pytest

from actorgraph.graph import Actor, Document, Evidence, Relation
from actorgraph.queries import analytics
from tests.queries import graph_fixture


@pytest.fixture
def loaded(store):
    graph_fixture.load(store)
    return store


def test_whole_graph_keeps_every_statement_and_property(loaded):
    g = analytics.to_networkx(loaded)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == 9 and g.number_of_edges() == 11
    assert g.number_of_edges("organization:ofac", "person:nicolas-maduro") == 2
    maduro = g.nodes["person:nicolas-maduro"]
    assert maduro["aliases"] == ["Nicolas MADURO MOROS", "Maduro"] and maduro["_labels"] == ["Actor", "Person"]
    d = next(d for _, _, d in g.edges(data=True) if d["type"] == "DESIGNATES")
    assert d["programs"] == ["FTO"] and d["date"] == "2025-11-24" and d["sentence"].startswith("The United")
    slim = analytics.to_networkx(loaded, properties=False)
    assert sorted(slim.edges(keys=True)) == sorted(g.edges(keys=True))
    assert analytics.centrality(slim) == analytics.centrality(g)
    assert analytics.relation_balance(slim) == analytics.relation_balance(g)
    with_docs = analytics.to_networkx(loaded, include_documents=True)
    assert with_docs.number_of_nodes() == 12 and with_docs.number_of_edges() == 11 + 12


def test_query_result_to_networkx(loaded):
    res = loaded.query("MATCH p = (:Actor {id: $a})-[*1..2]-(:Actor) WHERE all(r IN relationships(p) "
                       "WHERE type(r) <> 'MENTIONS') RETURN p", {"a": "person:donald-trump"})
    g = analytics.result_to_networkx(res)
    assert set(g) == {"person:donald-trump", "person:nicolas-maduro", "organization:ofac"}
    assert g.number_of_edges() == 4  # DEMANDS, MEETS_WITH and two SANCTIONS statements
    rel_only = analytics.result_to_networkx(loaded.query("MATCH ()-[r:SANCTIONS]->() RETURN r"))
    assert rel_only.number_of_edges() == 3


def test_centrality_matches_networkx(loaded):
    g = analytics.to_networkx(loaded)
    scores = analytics.centrality(g)
    simple = analytics.fact_graph(g)
    # the denied negotiation is not counted as a tie
    assert not simple.has_edge("person:delcy-rodriguez", "country:united-states")
    assert simple["organization:ofac"]["person:nicolas-maduro"]["weight"] == 2
    assert scores["degree"] == pytest.approx(nx.degree_centrality(simple))
    assert scores["betweenness"] == pytest.approx(nx.betweenness_centrality(simple))
    assert scores["pagerank"] == pytest.approx(nx.pagerank(simple, weight="weight"))
    assert analytics.top(scores["betweenness"], 1)[0][0] == "person:delcy-rodriguez"
    with pytest.raises(ValueError):
        analytics.centrality(g, ["closeness"])


def _two_blocs(store):
    doc = Document(text="two blocs")
    left = [Actor(name=f"Left {i}", kind="Person") for i in range(5)]
    right = [Actor(name=f"Right {i}", kind="Person") for i in range(5)]
    rels = []
    for bloc in (left, right):
        for i, a in enumerate(bloc):
            for b in bloc[i + 1:]:
                rels.append(Relation(source=a.id, type="SUPPORTS", target=b.id,
                                     evidence=Evidence(document_id=doc.id, start=len(rels), end=len(rels) + 1)))
    rels.append(Relation(source=left[0].id, type="ATTACKS", target=right[0].id,
                         evidence=Evidence(document_id=doc.id, start=999, end=1000)))
    store.load_document(doc, left + right, rels)
    return {a.id for a in left}, {a.id for a in right}


def test_louvain_finds_the_two_blocs(store):
    left, right = _two_blocs(store)
    found = analytics.communities(analytics.to_networkx(store))
    assert sorted(found, key=lambda c: sorted(c)) == [left, right]


def test_cooperation_conflict_balance_by_period(store):
    doc = Document(text="balance over time")
    a, b = Actor(name="Alpha", kind="Country"), Actor(name="Beta", kind="Country")
    spec = [("2024-03-01", "SANCTIONS", "asserted"), ("2024-05-01", "ACCUSES", "reported"),
            ("2024-05-09", "NEGOTIATES_WITH", "asserted"), ("2025-01-02", "NEGOTIATES_WITH", "asserted"),
            ("2025-01-20", "AGREES_WITH", "asserted"), ("2025-02-01", "THREATENS", "denied"),
            (None, "MEMBER_OF", "asserted")]
    rels = [Relation(source=a.id if i % 2 else b.id, type=t, target=b.id if i % 2 else a.id, date=d, status=s,
                     evidence=Evidence(document_id=doc.id, start=i, end=i + 1))
            for i, (d, t, s) in enumerate(spec)]
    store.load_document(doc, [a, b], rels)
    g = analytics.to_networkx(store)
    yearly = analytics.relation_balance(g, by="year")
    assert [(r["period"], r["cooperation"], r["conflict"], r["balance"]) for r in yearly] == [
        ("2024", 1, 2, pytest.approx(-1 / 3, abs=1e-4)), ("2025", 2, 0, 1.0)]
    monthly = analytics.relation_balance(g, by="month")
    assert [r["period"] for r in monthly] == ["2024-03", "2024-05", "2025-01"]
    with_denied = analytics.relation_balance(g, statuses=["asserted", "reported", "denied"])
    assert with_denied[-1]["conflict"] == 1
    assert analytics.relation_balance(g, actor="country:gamma") == []


def test_betweenness_is_sampled_on_large_graphs():
    small = nx.path_graph(50)
    assert analytics.betweenness_sample(small) is None
    big = nx.gnm_random_graph(20_000, 60_000, seed=1)
    k = analytics.betweenness_sample(big)
    assert k is not None and 16 <= k <= 100
    assert analytics.betweenness_sample(big, budget=10) == 16
