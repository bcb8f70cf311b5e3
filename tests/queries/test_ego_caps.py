"""Ego networks stay bounded around hubs: node and statement caps, the centre's own relations first."""

from __future__ import annotations

from actorgraph.graph import Actor, Evidence, Relation
from actorgraph.queries.subgraph import ego_network


def _rel(a: Actor, rtype: str, b: Actor, n: int) -> Relation:
    return Relation(source=a.id, type=rtype, target=b.id, evidence=Evidence(document_id="doc:x", locator=str(n)))


def test_statement_cap_keeps_the_centre_and_counts_the_rest(store):
    centre = Actor(name="Centre Person", kind="Person")
    hub = Actor(name="Hubland", kind="Country")
    other = Actor(name="Other Org", kind="Organization")
    store.upsert_actors([centre, hub, other])
    rels = [_rel(centre, "ACCUSES", hub, 0), _rel(other, "SUPPORTS", centre, 1)]
    rels += [_rel(hub, "SANCTIONS", other, n) for n in range(2, 30)]  # 28 statements not about the centre
    store.upsert_relations(rels)
    sub = ego_network(store, centre.id, hops=1, max_edges=5)
    assert len(sub.edges) == 5
    assert {r.id for r in rels[:2]} <= {e["id"] for e in sub.edges}
    assert sub.omitted["edges"] == 25
    degrees = {n["id"]: n["degree"] for n in sub.nodes}
    assert degrees == {centre.id: 2, hub.id: 29, other.id: 29}


def test_node_cap_prefers_best_linked_neighbours(store):
    centre = Actor(name="Centre Person", kind="Person")
    friends = [Actor(name=f"Friend {i}", kind="Person") for i in range(6)]
    store.upsert_actors([centre, *friends])
    rels = [_rel(centre, "SUPPORTS", f, i) for i, f in enumerate(friends)]
    rels += [_rel(centre, "MEETS_WITH", friends[4], 10 + n) for n in range(3)]  # the best linked
    store.upsert_relations(rels)
    sub = ego_network(store, centre.id, hops=1, max_nodes=2)
    assert [n["id"] for n in sub.nodes] == [centre.id, friends[4].id]
    assert sub.omitted["nodes"] == 5 and sub.omitted["edges"] == 5
    assert sub.kept_by == "nearest", "the page's cap message must not call these the most connected actors"
