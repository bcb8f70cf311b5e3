"""Who says so: a statement's attributor is named in the views even when that actor is not drawn."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from actorgraph.queries.subgraph import ego_network, subgraph_from_result, whole_graph
from actorgraph.viz import write_html
from tests.viz.conftest import OpenedPage
from tests.viz.test_viz_browser import assert_clean, hover

Opener = Callable[[Path], OpenedPage]

ATLANTIS = Actor(name="Atlantis", kind="Country")
ROE = Actor(name="Jane Roe", kind="Person")
WIRE = Actor(name="Harbour Wire Service", kind="Organization")  # attributor only: no relation of its own
HOSTILE_WIRE = Actor(name="<img src=x onerror=alert(9)> Gazette", kind="Organization")
GHOST = Actor(name="Defunct Outlet", kind="Organization")  # attributed, then deleted from the graph
GHOST_ID = GHOST.id
DOC = Document(text="Atlantis moved against Jane Roe, several outlets reported.", title="Measures",
               url="https://news.example.org/roe", published="2025-06-02")


def _rel(n: int, rtype: str, attributed_to: str) -> Relation:
    return Relation(source=ATLANTIS.id, type=rtype, target=ROE.id, date=f"2025-06-0{n}", status="reported",
                    attributed_to=attributed_to,
                    evidence=Evidence(document_id=DOC.id, sentence=f"Claim {n}.", start=n * 10, end=n * 10 + 8))


RELATIONS = [_rel(1, "SANCTIONS", WIRE.id), _rel(2, "THREATENS", GHOST_ID), _rel(3, "ACCUSES", ATLANTIS.id),
             _rel(4, "DEMANDS", HOSTILE_WIRE.id)]
EXPECTED = {RELATIONS[0].id: WIRE.name, RELATIONS[1].id: None, RELATIONS[2].id: ATLANTIS.name,
            RELATIONS[3].id: HOSTILE_WIRE.name}


@pytest.fixture
def attributed(store: GraphStore) -> GraphStore:
    store.load_document(DOC, [ATLANTIS, ROE, WIRE, HOSTILE_WIRE, GHOST], RELATIONS)
    store.execute("MATCH (a:Actor {id: $id}) DETACH DELETE a", {"id": GHOST_ID})
    return store


def _names(sub) -> dict[str, str | None]:
    return {e["id"]: e["attributed_to_name"] for e in sub.edges}


def test_undrawn_attributors_are_named_in_every_view(attributed: GraphStore) -> None:
    ego = ego_network(attributed, ATLANTIS.id, hops=1)
    assert {n["id"] for n in ego.nodes} == {ATLANTIS.id, ROE.id}  # the outlets are not drawn...
    assert _names(ego) == EXPECTED  # ...but named; the unknown id stays unnamed
    assert {e["id"]: e["attributed_to"] for e in ego.edges}[RELATIONS[1].id] == GHOST_ID
    whole = whole_graph(attributed, max_nodes=2)
    assert {n["id"] for n in whole.nodes} == {ATLANTIS.id, ROE.id}
    assert _names(whole) == EXPECTED
    from_query = subgraph_from_result(attributed, attributed.query(
        "MATCH (:Actor)-[r]->(:Actor) WHERE r.id IN $ids RETURN r", {"ids": [RELATIONS[0].id, RELATIONS[1].id]}))
    assert _names(from_query) == {k: EXPECTED[k] for k in (RELATIONS[0].id, RELATIONS[1].id)}


def test_attributor_names_cost_one_query_and_none_when_all_are_drawn(attributed: GraphStore,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[dict] = []
    original = attributed.query

    def counting(cypher: str, params: dict | None = None, **kw):  # type: ignore[no-untyped-def]
        if cypher.endswith("RETURN a.id AS id, a.name AS name"):  # the attributor-name read alone
            asked.append(dict(params or {}))
        return original(cypher, params, **kw)

    monkeypatch.setattr(attributed, "query", counting)
    ego_network(attributed, ATLANTIS.id, hops=1)
    assert [sorted(p["ids"]) for p in asked] == [sorted([WIRE.id, GHOST_ID, HOSTILE_WIRE.id])]
    asked.clear()
    whole_graph(attributed, max_nodes=10)  # every stored attributor drawn: only the ghost is asked for
    assert [p["ids"] for p in asked] == [[GHOST_ID]]


def test_tooltip_and_panel_name_the_undrawn_attributor(attributed: GraphStore, open_page: Opener,
                                                       tmp_path: Path) -> None:
    view = open_page(write_html(ego_network(attributed, ATLANTIS.id, hops=1), tmp_path / "ego.html"))
    edge = f"{ATLANTIS.id}|SANCTIONS|{ROE.id}"
    assert "according to:" in hover(view, [ATLANTIS.id, ROE.id])  # a real hover over one of the four edges
    tip = view.js("id => actorgraph.edges.get(id).title.textContent", edge)
    assert f"according to: {WIRE.name} ({WIRE.id})" in tip  # the tooltip names who says so
    view.js("id => actorgraph.network.emit('click', {nodes: [], edges: [id]})", edge)
    panel = view.page.locator("#ag-details")
    assert f"according to: {WIRE.name} ({WIRE.id})" in panel.inner_text()
    assert panel.locator(".ag-attribution").first.get_attribute("title") == WIRE.id
    for rtype, shown in (("THREATENS", GHOST_ID), ("ACCUSES", ATLANTIS.name), ("DEMANDS", HOSTILE_WIRE.name)):
        view.js("id => actorgraph.network.emit('click', {nodes: [], edges: [id]})", f"{ATLANTIS.id}|{rtype}|{ROE.id}")
        assert f"according to: {shown}" in panel.inner_text()
    assert_clean(view)  # the hostile outlet name is text: no <img> appears, no dialog
