"""Subgraph queries behind the network views, on both engines."""

from __future__ import annotations

import pytest

from actorgraph.errors import InvalidInput, NotFound
from actorgraph.graph import GraphStore, ontology
from actorgraph.queries.search import resolve_actor
from actorgraph.queries.subgraph import (
    cap_subgraph,
    ego_network,
    subgraph_from_result,
    whole_graph,
)
from tests.viz.sample_graph import (
    ACTORS,
    CARTEL,
    DOC_SANCTIONS,
    HOSTILE,
    LONER,
    MADURO,
    MADURO_DUP,
    RELATIONS,
    TRUMP,
    USA,
    VENEZUELA,
    degree,
    load_sample,
)


@pytest.fixture
def sample(store: GraphStore) -> GraphStore:
    load_sample(store)
    return store


def ids(sub) -> set[str]:
    return {n["id"] for n in sub.nodes}


def test_whole_graph_has_every_actor_and_statement_but_no_mentions(sample: GraphStore) -> None:
    sub = whole_graph(sample, max_nodes=100)
    assert ids(sub) == {a.id for a in ACTORS}
    assert {e["id"] for e in sub.edges} == {r.id for r in RELATIONS}
    assert all(e["type"] != "MENTIONS" for e in sub.edges)
    assert any(e["type"] == "SAME_AS" for e in sub.edges)
    assert sub.omitted == {"nodes": 0, "edges": 0} and not sub.capped
    by_id = {n["id"]: n for n in sub.nodes}
    for actor in ACTORS:
        assert by_id[actor.id]["degree"] == degree(actor)
    assert by_id[MADURO.id]["external_ids"] == ["ofac:22790"]
    assert by_id[LONER.id]["degree"] == 0


def test_edges_carry_evidence_and_document(sample: GraphStore) -> None:
    sub = whole_graph(sample, max_nodes=100)
    first = next(e for e in sub.edges if e["id"] == RELATIONS[0].id)
    assert first["source"] == USA.id and first["target"] == MADURO.id and first["type"] == "SANCTIONS"
    assert first["date"] == "2025-07-25" and first["status"] == "asserted"
    assert first["sentence"] == "Statement 1." and first["doc_id"] == DOC_SANCTIONS.id
    assert first["document_title"] == DOC_SANCTIONS.title and first["document_url"] == DOC_SANCTIONS.url


def test_whole_graph_cap_keeps_most_connected(sample: GraphStore) -> None:
    ranked = sorted(ACTORS, key=lambda a: (-degree(a), a.id))
    sub = whole_graph(sample, max_nodes=3)
    assert ids(sub) == {a.id for a in ranked[:3]}
    kept = ids(sub)
    inside = [r for r in RELATIONS if r.source in kept and r.target in kept]
    assert {e["id"] for e in sub.edges} == {r.id for r in inside}
    assert sub.omitted == {"nodes": len(ACTORS) - 3, "edges": len(RELATIONS) - len(inside)}
    assert sub.capped


def test_whole_graph_with_a_cap_beyond_32_bits_draws_everything(sample: GraphStore) -> None:
    # FalkorDB returned no rows at all for LIMIT >= 2**32: an oversized --max-nodes gave an empty view.
    sub = whole_graph(sample, max_nodes=2**32)
    assert ids(sub) == {a.id for a in ACTORS}
    assert sub.omitted == {"nodes": 0, "edges": 0}


def test_ego_network_hops(sample: GraphStore) -> None:
    one = ego_network(sample, MADURO.id, hops=1)
    assert ids(one) == {MADURO.id, USA.id, TRUMP.id, VENEZUELA.id, MADURO_DUP.id}
    assert {n["hops"] for n in one.nodes if n["id"] != MADURO.id} == {1}
    two = ego_network(sample, MADURO.id, hops=2)
    assert ids(two) == ids(one) | {CARTEL.id, HOSTILE.id}
    inside = [r for r in RELATIONS if r.source in ids(two) and r.target in ids(two)]
    assert {e["id"] for e in two.edges} == {r.id for r in inside}


def test_ego_network_resolves_names_and_aliases(sample: GraphStore) -> None:
    assert ids(ego_network(sample, "nicolas maduro", hops=1)) == ids(ego_network(sample, MADURO.id, hops=1))
    assert resolve_actor(sample, "Washington")["id"] == USA.id
    with pytest.raises(NotFound):
        ego_network(sample, "Nobody At All", hops=1)


def test_ego_network_type_and_status_filters(sample: GraphStore) -> None:
    sanctions = ego_network(sample, MADURO.id, hops=2, types=["sanctions"])
    assert ids(sanctions) == {MADURO.id, USA.id}
    assert {e["type"] for e in sanctions.edges} == {"SANCTIONS"} and len(sanctions.edges) == 2
    asserted = ego_network(sample, MADURO.id, hops=1, statuses=["asserted"])
    assert TRUMP.id not in ids(asserted)
    assert {e["status"] for e in asserted.edges} == {"asserted"}
    with pytest.raises(InvalidInput):
        ego_network(sample, MADURO.id, types=["NOT_A_TYPE"])
    with pytest.raises(InvalidInput):
        ego_network(sample, MADURO.id, statuses=["rumoured"])


def test_ego_network_date_window(sample: GraphStore) -> None:
    recent = ego_network(sample, MADURO.id, hops=1, since="2025-11-01")
    assert {e["id"] for e in recent.edges} == {RELATIONS[i].id for i in (1, 3, 4, 9)}
    dated_only = ego_network(sample, MADURO.id, hops=1, since="2025-11-01", include_undated=False)
    assert ids(dated_only) == {MADURO.id, USA.id, TRUMP.id}
    early = ego_network(sample, MADURO.id, hops=1, until="2025-08-01", include_undated=False)
    assert {e["id"] for e in early.edges} == {RELATIONS[0].id}
    with pytest.raises(InvalidInput, match="since"):
        ego_network(sample, MADURO.id, since="2025-12-01", until="2025-01-01")
    with pytest.raises(InvalidInput, match="ISO date"):
        ego_network(sample, MADURO.id, since="last week")


def test_ego_network_cap_keeps_centre_and_closest(sample: GraphStore) -> None:
    sub = ego_network(sample, MADURO.id, hops=2, max_nodes=3)
    assert MADURO.id in ids(sub) and len(sub.nodes) == 3
    assert all(n["hops"] <= 1 for n in sub.nodes)
    assert sub.omitted["nodes"] == 4 and sub.capped
    full = ids(ego_network(sample, MADURO.id, hops=2))
    within = [r for r in RELATIONS if r.source in full and r.target in full]
    assert {e["id"] for e in sub.edges} == {r.id for r in within if r.source in ids(sub) and r.target in ids(sub)}
    assert sub.omitted["edges"] == len(within) - len(sub.edges)


@pytest.mark.parametrize("hops", [0, 7])
def test_ego_network_rejects_bad_hops(sample: GraphStore, hops: int) -> None:
    with pytest.raises(InvalidInput, match="hops"):
        ego_network(sample, MADURO.id, hops=hops)


def test_subgraph_from_paths_fetches_endpoints(sample: GraphStore) -> None:
    res = sample.query("MATCH p = (a:Actor {id: $id})-[:SANCTIONS]->(b:Actor) RETURN p", {"id": USA.id})
    sub = subgraph_from_result(sample, res)
    assert ids(sub) == {USA.id, MADURO.id}
    assert len(sub.edges) == 2 and all(e["document_title"] == DOC_SANCTIONS.title for e in sub.edges)


def test_subgraph_from_relationships_and_nodes(sample: GraphStore) -> None:
    rels = sample.query("MATCH (:Actor)-[r:DESIGNATES]->(:Actor) RETURN r")
    sub = subgraph_from_result(sample, rels)
    assert ids(sub) == {USA.id, CARTEL.id} and [e["type"] for e in sub.edges] == ["DESIGNATES"]
    nodes = sample.query("MATCH (a:Person) RETURN a ORDER BY a.id")
    assert ids(subgraph_from_result(sample, nodes)) == {a.id for a in ACTORS if a.kind == "Person"}
    docs = sample.query("MATCH (d:Document)-[m:MENTIONS]->(a:Actor) RETURN d, m, a")
    mentioned = subgraph_from_result(sample, docs)
    # Actors without any relation in the result: the relations among them are drawn, never MENTIONS.
    assert LONER.id not in ids(mentioned) and ids(mentioned) == {a.id for a in ACTORS if a is not LONER}
    assert {e["id"] for e in mentioned.edges} == {r.id for r in RELATIONS}


def test_subgraph_from_id_columns(sample: GraphStore) -> None:
    by_rel_id = subgraph_from_result(sample, sample.query(
        "MATCH (:Actor)-[r:SANCTIONS]->(b:Actor {id: $id}) RETURN r.id AS id, r.date AS date", {"id": MADURO.id}))
    assert ids(by_rel_id) == {USA.id, MADURO.id} and len(by_rel_id.edges) == 2
    by_triple = subgraph_from_result(sample, sample.query(
        "MATCH (a:Actor)-[r:MEETS_WITH]->(b:Actor) RETURN a.id AS source, type(r) AS type, b.id AS target"))
    assert ids(by_triple) == {TRUMP.id, MADURO.id} and [e["type"] for e in by_triple.edges] == ["MEETS_WITH"]
    chain = subgraph_from_result(sample, sample.query(
        "RETURN [$a, $b, $c] AS actors, ['SANCTIONS', 'DESIGNATES'] AS types",
        {"a": MADURO.id, "b": USA.id, "c": CARTEL.id}))
    assert ids(chain) == {MADURO.id, USA.id, CARTEL.id}
    assert sorted(e["type"] for e in chain.edges) == ["DESIGNATES", "SANCTIONS", "SANCTIONS"]


def test_subgraph_from_a_result_cut_at_its_row_cap_says_so(sample: GraphStore) -> None:
    cypher = "MATCH p = (:Actor)-[r]->(:Actor) RETURN p"
    cut = subgraph_from_result(sample, sample.query(cypher, max_rows=2))
    assert cut.truncated_rows == 2 and len(cut.edges) <= 2
    assert subgraph_from_result(sample, sample.query(cypher)).truncated_rows is None
    # The node cap keeps the note.
    assert subgraph_from_result(sample, sample.query(cypher, max_rows=3), max_nodes=1).truncated_rows == 3


def test_subgraph_from_named_query(sample: GraphStore) -> None:
    named = pytest.importorskip("actorgraph.queries.named")
    sub = subgraph_from_result(sample, named.run_named(sample, "ego_network", {"actor": MADURO.id, "hops": 1}))
    # The named query follows fact types only (no SAME_AS links).
    assert ids(sub) == ids(ego_network(sample, MADURO.id, hops=1, types=ontology().fact_types()))


def test_cap_subgraph_rejects_non_positive(sample: GraphStore) -> None:
    with pytest.raises(InvalidInput):
        cap_subgraph(whole_graph(sample, 10), 0)
