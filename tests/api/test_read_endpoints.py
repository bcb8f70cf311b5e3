"""Read endpoints on both engines: service, actors, relations, evidence, paths, named queries."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import (
    ACTORS,
    CALL_DOC,
    CARTEL,
    MADURO,
    RELATIONS,
    TRUMP,
    USA,
    VENEZUELA,
    assert_problem,
)


def test_health_ready_stats(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    ready = client.get("/ready").json()
    assert ready["status"] == "ready" and ready["engine"]
    stats = client.get("/stats").json()
    assert stats["actors"] == len(ACTORS)
    assert stats["relations"] == len(RELATIONS)
    assert stats["documents"] == 2
    assert stats["relations_by_type"]["LEADS"] == 2


def test_ontology_lists_registry(client: TestClient) -> None:
    body = client.get("/ontology").json()
    assert "SANCTIONS" in body["relation_types"] and "Vessel" in body["actor_kinds"]
    assert "alleged" in body["statuses"]


def test_actor_pages_are_stable_and_complete(client: TestClient) -> None:
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = client.get("/actors", params=params).json()
        seen += [a["id"] for a in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == 3
    assert seen == sorted(a.id for a in ACTORS)


def test_actor_filters(client: TestClient) -> None:
    people = client.get("/actors", params={"kind": "Person"}).json()["items"]
    assert {a["id"] for a in people} == {a.id for a in ACTORS if a.kind == "Person"}
    hits = client.get("/actors", params={"q": "MADURO"}).json()["items"]
    assert [a["id"] for a in hits] == [MADURO.id]
    by_alias = client.get("/actors", params={"q": "caracas"}).json()["items"]
    assert [a["id"] for a in by_alias] == [VENEZUELA.id]
    assert client.get("/actors", params={"q": "zzzz-nothing"}).json() == {"items": [], "next_cursor": None}


def test_actor_listing_bad_parameters(client: TestClient) -> None:
    assert_problem(client.get("/actors", params={"kind": "Planet"}), 422, field="kind")
    assert_problem(client.get("/actors", params={"limit": 0}), 422, field="limit")
    assert_problem(client.get("/actors", params={"cursor": "not-a-cursor!"}), 400, field="cursor")
    first = client.get("/actors", params={"limit": 1}).json()["next_cursor"]
    # A cursor is bound to its filters.
    assert_problem(client.get("/actors", params={"limit": 1, "kind": "Person", "cursor": first}), 400,
                   field="cursor")


def test_actor_search_ranked(client: TestClient) -> None:
    hits = client.get("/actors/search", params={"q": "Nicolas Maduro"}).json()
    assert hits[0]["id"] == MADURO.id and hits[0]["score"] > 0
    assert_problem(client.get("/actors/search", params={"q": "!!!"}), 400, field="q")


def test_one_actor_and_404(client: TestClient) -> None:
    body = client.get(f"/actors/{MADURO.id}").json()
    assert body["name"] == "Nicolás Maduro" and body["kind"] == "Person"
    assert body["external_ids"] == ["ofac:22790"] and "MADURO MOROS, Nicolas" in body["aliases"]
    assert "search_text" not in body["properties"]
    assert_problem(client.get("/actors/person:nobody-at-all"), 404, field="actor_id")


def test_neighbours_filters(client: TestClient) -> None:
    one = client.get(f"/actors/{TRUMP.id}/neighbors").json()
    ids = {n["id"] for n in one["nodes"]}
    assert ids == {TRUMP.id, MADURO.id, USA.id}
    two = client.get(f"/actors/{TRUMP.id}/neighbors", params={"hops": 2}).json()
    assert {n["id"] for n in two["nodes"]} == ids | {VENEZUELA.id, CARTEL.id, "person:marco-rubio"}
    typed = client.get(f"/actors/{TRUMP.id}/neighbors", params={"type": ["DEMANDS"]}).json()
    assert {n["id"] for n in typed["nodes"]} == {TRUMP.id, MADURO.id}
    assert {e["type"] for e in typed["edges"]} == {"DEMANDS"}
    reported = client.get(f"/actors/{TRUMP.id}/neighbors",
                          params={"status": ["reported"], "since": "2025-11-01"}).json()
    assert {n["id"] for n in reported["nodes"]} == {TRUMP.id, MADURO.id}
    assert_problem(client.get(f"/actors/{TRUMP.id}/neighbors", params={"type": ["LIKES"]}), 422, field="type.0")
    assert_problem(client.get(f"/actors/{TRUMP.id}/neighbors", params={"hops": 9}), 422, field="hops")
    assert_problem(client.get(f"/actors/{TRUMP.id}/neighbors",
                              params={"since": "2025-12-01", "until": "2025-01-01"}), 400, field="since")
    assert_problem(client.get("/actors/person:nobody/neighbors"), 404)


def test_relations_filters_and_pages(client: TestClient) -> None:
    everything = client.get("/relations", params={"limit": 1000}).json()["items"]
    assert sorted(r["id"] for r in everything) == sorted(r.id for r in RELATIONS)
    ids, cursor = [], None
    while True:
        page = client.get("/relations", params={"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        ids += [r["id"] for r in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert ids == [r.id for r in sorted(RELATIONS, key=lambda r: (r.type, r.id))]
    leads = client.get("/relations", params={"type": "LEADS"}).json()["items"]
    assert {(r["source"], r["target"]) for r in leads} == {(TRUMP.id, USA.id), (MADURO.id, VENEZUELA.id)}
    from_trump = client.get("/relations", params={"source": TRUMP.id, "target": MADURO.id}).json()["items"]
    assert {r["type"] for r in from_trump} == {"NEGOTIATES_WITH", "DEMANDS"}
    alleged = client.get("/relations", params={"status": "alleged"}).json()["items"]
    assert [r["type"] for r in alleged] == ["ACCUSES"] and alleged[0]["source_name"] == "United States"
    window = client.get("/relations", params={"since": "2025-11-01", "until": "2025-11-30"}).json()["items"]
    assert {r["type"] for r in window} == {"NEGOTIATES_WITH", "DEMANDS"}
    assert_problem(client.get("/relations", params={"type": "FRIENDS"}), 422)
    assert_problem(client.get("/relations", params={"since": "yesterday"}), 422, field="since")


def test_relation_with_evidence(client: TestClient) -> None:
    rel = next(r for r in RELATIONS if r.type == "DEMANDS")
    body = client.get(f"/relations/{rel.id}").json()
    ev = body["evidence"]
    assert body["status"] == "reported" and body["date"] == "2025-11-21"
    assert ev["document_title"] == CALL_DOC.title and ev["document_url"] == CALL_DOC.url
    assert ev["sentence"] == CALL_DOC.text[ev["start"]:ev["end"]]
    assert "leave the country" in ev["sentence"]
    assert_problem(client.get("/relations/rel:does-not-exist"), 404, field="relation_id")


def test_paths(client: TestClient) -> None:
    body = client.get("/paths", params={"source": CARTEL.id, "target": MADURO.id}).json()
    assert body["paths"], body
    first = body["paths"][0]
    node_ids = [n["id"] for n in first["nodes"]]
    assert node_ids[0] == CARTEL.id and node_ids[-1] == MADURO.id and len(node_ids) == 4
    by_name = client.get("/paths", params={"source": "Cartel de los Soles", "target": "Nicolas Maduro"}).json()
    assert by_name["source"] == CARTEL.id
    assert_problem(client.get("/paths", params={"source": "person:nobody", "target": MADURO.id}), 404)
    assert_problem(client.get("/paths", params={"source": CARTEL.id, "target": MADURO.id, "max_hops": 0}), 422)


def test_named_queries(client: TestClient) -> None:
    listed = client.get("/queries").json()
    names = {q["name"] for q in listed}
    assert "actor_profile" in names
    profile = next(q for q in listed if q["name"] == "actor_profile")
    assert any(p["name"] == "actor" and p["required"] for p in profile["params"])
    run = client.post("/queries/actor_profile", json={"params": {"actor": MADURO.id}})
    assert run.status_code == 200, run.text
    assert run.json()["row_count"] >= 1
    assert_problem(client.post("/queries/actor_profile", json={"params": {}}), 400, field="actor")
    assert_problem(client.post("/queries/actor_profile", json={"params": {"actor": MADURO.id, "nope": 1}}),
                   400, field="nope")
    assert_problem(client.post("/queries/no_such_query", json={"params": {}}), 404)


def test_path_filters(client: TestClient) -> None:
    only_leads = client.get("/paths", params={"source": TRUMP.id, "target": VENEZUELA.id, "type": ["LEADS"]}).json()
    assert only_leads["paths"] == []
    allowed = client.get("/paths", params={"source": TRUMP.id, "target": VENEZUELA.id,
                                           "type": ["LEADS", "NEGOTIATES_WITH"]}).json()
    assert [n["id"] for n in allowed["paths"][0]["nodes"]] == [TRUMP.id, MADURO.id, VENEZUELA.id]
    backwards = client.get("/paths", params={"source": VENEZUELA.id, "target": TRUMP.id, "directed": True}).json()
    assert backwards["paths"] == []


def test_relations_anchored_pages(client: TestClient) -> None:
    ids, cursor = [], None
    while True:
        params = {"source": TRUMP.id, "limit": 1, **({"cursor": cursor} if cursor else {})}
        page = client.get("/relations", params=params).json()
        ids += [r["id"] for r in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    expected = sorted((r for r in RELATIONS if r.source == TRUMP.id), key=lambda r: (r.type, r.id))
    assert ids == [r.id for r in expected] and len(ids) == 3
