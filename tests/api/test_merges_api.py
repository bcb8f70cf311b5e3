"""Entity-resolution merges over the REST API: absorbed ids keep answering, merges are listed and undone."""

from __future__ import annotations

from collections.abc import Callable

import httpx2 as httpx
import pytest
from fastapi.testclient import TestClient

from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from actorgraph.loaders.merge import merge_actors
from tests.api.conftest import API_KEY, MADURO, VENEZUELA, assert_problem
from tests.api.test_live_server import live_url  # noqa: F401  (fixture: the app under a real uvicorn)

KEY = {"X-API-Key": API_KEY}
# As a sanctions list spells him: a second node for the same man until resolution merges it.
LISTED = Actor(name="MADURO MOROS, Nicolas", kind="Person", external_ids=["ofac:test-1"])
NICKNAME = Actor(name="Nico Maduro", kind="Person")
LIST_TEXT = ("A supplementary notice named Nicolas Maduro Moros as a leader of the government of "
             "Venezuela. Nico Maduro was said to support the same officials.")
LIST_DOC = Document(text=LIST_TEXT, title="Listing notice", published="2025-08-01", source="Test Wire")


def _statement(source: Actor, rtype: str, target: Actor, sentence: str) -> Relation:
    start = LIST_TEXT.index(sentence)
    return Relation(source=source.id, type=rtype, target=target.id, date="2025-08-01",
                    evidence=Evidence(document_id=LIST_DOC.id, sentence=sentence, start=start,
                                      end=start + len(sentence)))


@pytest.fixture
def listed(seeded: GraphStore) -> GraphStore:
    """The seeded graph plus two more nodes for Maduro, each with a statement of its own."""
    first, second = LIST_TEXT.split(". ")
    seeded.load_document(LIST_DOC, [LISTED, NICKNAME, VENEZUELA],
                         [_statement(LISTED, "LEADS", VENEZUELA, first),
                          _statement(NICKNAME, "SUPPORTS", VENEZUELA, second)])
    return seeded


@pytest.fixture
def api(make_client: Callable[..., TestClient], listed: GraphStore) -> TestClient:
    return make_client()


def test_an_absorbed_id_answers_with_the_kept_actor(api: TestClient, listed: GraphStore) -> None:
    rec = merge_actors(listed, LISTED.id, MADURO.id, 0.97, "test: same person")
    r = api.get(f"/actors/{MADURO.id}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == LISTED.id
    assert body["redirected_from"] == MADURO.id and body["merge_ids"] == [rec.id]
    assert "Nicolás Maduro" in body["aliases"]
    assert r.headers["content-location"] == f"/actors/{LISTED.id}"
    assert r.headers["link"] == f'</actors/{LISTED.id}>; rel="canonical"'
    # the kept id itself: no redirect, no canonical headers
    kept = api.get(f"/actors/{LISTED.id}")
    assert kept.json()["redirected_from"] is None and kept.json()["merge_ids"] == []
    assert "content-location" not in kept.headers
    assert_problem(api.get("/actors/person:nobody-at-all"), 404, field="actor_id")


def test_neighbourhood_and_view_of_an_absorbed_id(api: TestClient, listed: GraphStore) -> None:
    merge_actors(listed, LISTED.id, MADURO.id, 0.97, "test")
    r = api.get(f"/actors/{MADURO.id}/neighbors")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["center"] == LISTED.id and body["redirected_from"] == MADURO.id
    node_ids = {n["id"] for n in body["nodes"]}
    assert {"person:donald-trump", VENEZUELA.id} <= node_ids  # Maduro's statements moved to the kept actor
    assert r.headers["content-location"] == f"/actors/{LISTED.id}/neighbors"
    view = api.get(f"/views/actors/{MADURO.id}")
    assert view.status_code == 200 and "MADURO MOROS" in view.text
    assert_problem(api.get("/views/actors/person:nobody-at-all"), 404)



def test_relations_and_paths_filtered_by_an_absorbed_id(api: TestClient, listed: GraphStore) -> None:
    merge_actors(listed, LISTED.id, MADURO.id, 0.97, "test")
    by_old = api.get("/relations", params={"source": MADURO.id})
    assert by_old.status_code == 200 and by_old.json()["items"], by_old.text
    assert by_old.json() == api.get("/relations", params={"source": LISTED.id}).json()
    assert api.get("/relations", params={"source": "person:nobody-at-all"}).json()["items"] == []
    paths = api.get("/paths", params={"source": MADURO.id, "target": "person:donald-trump"})
    assert paths.status_code == 200 and paths.json()["paths"], paths.text


def test_a_chain_of_merges_is_followed_and_undo_ends_the_redirect(api: TestClient, listed: GraphStore) -> None:
    first = merge_actors(listed, MADURO.id, NICKNAME.id, 0.9, "nickname")
    second = merge_actors(listed, LISTED.id, MADURO.id, 0.97, "list entry")
    body = api.get(f"/actors/{NICKNAME.id}").json()
    assert body["id"] == LISTED.id and body["merge_ids"] == [first.id, second.id]
    # last in, first out: the older merge cannot be undone while its kept actor is absorbed
    conflict = assert_problem(api.post(f"/merges/{first.id}/undo", headers=KEY), 409, field="merge_id")
    assert "merged again later" in conflict["detail"]
    assert api.post(f"/merges/{second.id}/undo", headers=KEY).status_code == 200
    assert api.get(f"/actors/{NICKNAME.id}").json()["id"] == MADURO.id
    undone = api.post(f"/merges/{first.id}/undo", headers=KEY)
    assert undone.status_code == 200 and undone.json()["status"] == "undone" and undone.json()["undone_at"]
    body = api.get(f"/actors/{NICKNAME.id}").json()
    assert body["id"] == NICKNAME.id and body["redirected_from"] is None
    again = assert_problem(api.post(f"/merges/{first.id}/undo", headers=KEY), 409, field="merge_id")
    assert "already undone" in again["detail"]
    # the graph is back: each of the three nodes has its own statements again
    assert {n["id"] for n in api.get(f"/actors/{NICKNAME.id}/neighbors").json()["nodes"]} == {
        NICKNAME.id, VENEZUELA.id}


def test_listing_filters_and_pages(api: TestClient, listed: GraphStore) -> None:
    first = merge_actors(listed, MADURO.id, NICKNAME.id, 0.9, "nickname")
    second = merge_actors(listed, LISTED.id, MADURO.id, 0.97, "list entry")
    api.post(f"/merges/{second.id}/undo", headers=KEY).raise_for_status()
    items = api.get("/merges").json()["items"]
    assert [m["id"] for m in items] == [first.id, second.id]
    assert items[0] | {"created_at": None} == {
        "id": first.id, "canonical": MADURO.id, "absorbed": NICKNAME.id, "absorbed_name": "Nico Maduro",
        "score": 0.9, "reason": "nickname", "status": "active", "created_at": None, "undone_at": None,
        "edges_moved": first.edges_moved}
    assert [m["id"] for m in api.get("/merges", params={"status": "active"}).json()["items"]] == [first.id]
    assert [m["id"] for m in api.get("/merges", params={"status": "undone"}).json()["items"]] == [second.id]
    assert [m["id"] for m in api.get("/merges", params={"actor": LISTED.id}).json()["items"]] == [second.id]
    assert api.get("/merges", params={"actor": "person:nobody"}).json() == {"items": [], "next_cursor": None}
    page = api.get("/merges", params={"limit": 1}).json()
    assert [m["id"] for m in page["items"]] == [first.id] and page["next_cursor"]
    rest = api.get("/merges", params={"limit": 1, "cursor": page["next_cursor"]}).json()
    assert [m["id"] for m in rest["items"]] == [second.id] and rest["next_cursor"] is None
    assert_problem(api.get("/merges", params={"status": "active", "cursor": page["next_cursor"]}), 400,
                   field="cursor")
    assert_problem(api.get("/merges", params={"cursor": "garbage"}), 400, field="cursor")
    assert_problem(api.get("/merges", params={"status": "maybe"}), 422, field="status")


def test_one_merge_in_detail(api: TestClient, listed: GraphStore) -> None:
    rec = merge_actors(listed, LISTED.id, MADURO.id, 0.97, "list entry")
    body = api.get(f"/merges/{rec.id}").json()
    assert body["id"] == rec.id and body["absorbed_actor"]["name"] == "Nicolás Maduro"
    assert sum(body["edges"].values()) == rec.edges_moved > 0
    assert "Nicolás Maduro" in body["names_added"]["aliases"]
    assert_problem(api.get("/merges/merge:0000000000000000"), 404)


def test_undo_needs_the_key_and_a_known_merge(make_client: Callable[..., TestClient], listed: GraphStore) -> None:
    rec = merge_actors(listed, LISTED.id, MADURO.id, 0.97, "list entry")
    api = make_client()
    assert_problem(api.post(f"/merges/{rec.id}/undo"), 401)
    assert_problem(api.post(f"/merges/{rec.id}/undo", headers={"X-API-Key": "wrong"}), 403)
    assert_problem(api.post("/merges/merge:0000000000000000/undo", headers=KEY), 404)
    assert_problem(make_client(api_key=None).post(f"/merges/{rec.id}/undo", headers=KEY), 403)
    # nothing was undone by the refused calls
    assert api.get(f"/actors/{MADURO.id}").json()["redirected_from"] == MADURO.id
    # reads follow the server's read-key setting
    strict = make_client(api_read_key_required=True)
    assert_problem(strict.get("/merges"), 401)
    assert strict.get("/merges", headers=KEY).status_code == 200


def test_openapi_documents_the_merge_endpoints(api: TestClient) -> None:
    spec = api.get("/openapi.json").json()
    undo = spec["paths"]["/merges/{merge_id}/undo"]["post"]
    assert {"404", "409", "401", "403"} <= set(undo["responses"])
    assert "/merges" in spec["paths"] and "/merges/{merge_id}" in spec["paths"]
    actor = spec["components"]["schemas"]["ActorLookup"]["properties"]
    assert {"redirected_from", "merge_ids"} <= set(actor)


def test_merges_through_a_real_server(live_url: str, store: GraphStore) -> None:  # noqa: F811
    nickname = Actor(name="Nico Maduro", kind="Person")
    doc = Document(text="Nico Maduro spoke in Caracas.", title="Short note")
    store.load_document(doc, [nickname], [])
    rec = merge_actors(store, MADURO.id, nickname.id, 0.9, "nickname")
    with httpx.Client(base_url=live_url, timeout=30) as http:
        r = http.get(f"/actors/{nickname.id}")
        assert r.status_code == 200 and r.json()["id"] == MADURO.id
        assert r.headers["content-location"] == f"/actors/{MADURO.id}"
        assert [m["id"] for m in http.get("/merges").json()["items"]] == [rec.id]
        assert http.post(f"/merges/{rec.id}/undo", headers=KEY).json()["status"] == "undone"
        assert http.get(f"/actors/{nickname.id}").json()["redirected_from"] is None


