"""Reading documents back: ``GET /documents`` (filters, paging) and ``GET /documents/{id}`` (the document,
the actors it mentions, its statements in text order), on both engines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.cursor import encode_cursor
from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from actorgraph.loaders.ofac import read_ofac
from tests.api.conftest import API_KEY, CALL_DOC, MADURO, RELATIONS, SANCTIONS_DOC, TRUMP, assert_problem

OFAC_FIXTURES = Path(__file__).parents[1] / "fixtures" / "ofac"

ELENA = Actor(name="Elena Voss", kind="Person")
OSTREL = Actor(name="Ostrel Shipping", kind="Organization")
LENMARK = Actor(name="Lenmark", kind="Country")


def _doc(n: int, title: str | None, source: str | None, published: str | None) -> Document:
    return Document(text=f"Listing test document number {n}.", title=title, source=source,
                    published=published, url=f"https://news.example/list/{n}")


# Besides the two seeded articles (Test Wire, 2025-11-28 and 2025-07-25): dates shared by two documents,
# undated ones, an accented title, a document that mentions nobody.
EXTRA_DOCS = [
    _doc(1, "Lenmark closes its ports", "Harbour Daily", "2025-11-28"),
    _doc(2, "Ostrel Shipping fined", "Harbour Daily", "2025-09-02"),
    _doc(3, "Élections à Lenmark", "Le Quotidien", "2025-09-02"),
    _doc(4, "Undated briefing on Ostrel", "Harbour Daily", None),
    _doc(5, None, None, None),
    _doc(6, "Archive note", "Le Quotidien", "2019-01-30"),
]
EXTRA_MENTIONS = {1: [LENMARK], 2: [OSTREL, ELENA, LENMARK], 3: [LENMARK], 4: [OSTREL], 5: [], 6: [ELENA]}
SEEDED_ACTORS = {CALL_DOC.id: 4, SANCTIONS_DOC.id: 4}  # seeded by tests/api/conftest.py


@pytest.fixture
def library(seeded: GraphStore) -> GraphStore:
    for n, doc in enumerate(EXTRA_DOCS, 1):
        actors = EXTRA_MENTIONS[n]
        seeded.load_document(doc, actors, [], {a.id: n for a in actors})
    return seeded


@pytest.fixture
def docs_client(make_client: Any, library: GraphStore) -> TestClient:
    client: TestClient = make_client()
    return client


def _all_docs() -> list[Document]:
    return [CALL_DOC, SANCTIONS_DOC, *EXTRA_DOCS]


def _newest_first(docs: list[Document]) -> list[str]:
    """Published newest first, undated last, ties by id."""
    dated = sorted((d for d in docs if d.published), key=lambda d: d.id)
    dated.sort(key=lambda d: d.published or "", reverse=True)
    return [d.id for d in dated] + sorted(d.id for d in docs if not d.published)


def _walk(client: TestClient, url: str, key: str, **params: Any) -> tuple[list[dict[str, Any]], int]:
    """Every item of a paged listing (``key`` holds the items), and how many pages it took."""
    items: list[dict[str, Any]] = []
    cursor, pages = None, 0
    while True:
        response = client.get(url, params={**params, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        body = response.json()
        items += body[key]
        pages += 1
        if not (cursor := body["next_cursor"]):
            return items, pages


# -- GET /documents ------------------------------------------------------------------------------------
def test_listing_pages_newest_first_to_the_end_without_repeats(docs_client: TestClient) -> None:
    items, pages = _walk(docs_client, "/documents", "items", limit=3)
    ids = [d["id"] for d in items]
    assert ids == _newest_first(_all_docs())
    assert len(set(ids)) == len(ids) == 8 and pages == 3
    one = docs_client.get("/documents", params={"limit": 1000}).json()
    assert [d["id"] for d in one["items"]] == ids and one["next_cursor"] is None


def test_listing_items_carry_the_document_fields_and_actor_counts(docs_client: TestClient) -> None:
    by_id = {d["id"]: d for d in docs_client.get("/documents").json()["items"]}
    call = by_id[CALL_DOC.id]
    assert call["title"] == "Presidents <b>talk</b> by phone"  # stored text, returned as data
    assert (call["url"], call["source"], call["published"]) == ("https://news.example/call", "Test Wire",
                                                                "2025-11-28")
    assert call["ingested_at"]
    assert {i: by_id[i]["actors"] for i in SEEDED_ACTORS} == SEEDED_ACTORS
    for n, doc in enumerate(EXTRA_DOCS, 1):
        assert by_id[doc.id]["actors"] == len(EXTRA_MENTIONS[n]), doc.title
    assert by_id[EXTRA_DOCS[4].id]["title"] is None


def test_listing_filters(docs_client: TestClient) -> None:
    def ids(**params: Any) -> list[str]:
        items, _ = _walk(docs_client, "/documents", "items", limit=2, **params)
        return [d["id"] for d in items]

    harbour = [d for d in EXTRA_DOCS if d.source == "Harbour Daily"]
    assert ids(source="Harbour Daily") == _newest_first(harbour)
    assert ids(source="harbour daily") == []  # exact outlet
    autumn = [d for d in _all_docs() if d.published and "2025-09-01" <= d.published.isoformat() <= "2025-11-28"]
    assert ids(since="2025-09-01", until="2025-11-28") == _newest_first(autumn)
    assert ids(since="2025-11-28") == _newest_first([CALL_DOC, EXTRA_DOCS[0]])
    assert ids(until="2019-12-31") == [EXTRA_DOCS[5].id]  # undated documents drop out of a date filter
    assert ids(q="OSTREL") == _newest_first([EXTRA_DOCS[1], EXTRA_DOCS[3]])
    assert ids(q="élections") == [EXTRA_DOCS[2].id]
    assert ids(q="<b>talk</b>") == [CALL_DOC.id]
    assert ids(q="Lenmark", source="Le Quotidien", since="2025-01-01") == [EXTRA_DOCS[2].id]
    assert ids(q="nothing like this") == []


def test_listing_bad_parameters(docs_client: TestClient) -> None:
    assert_problem(docs_client.get("/documents", params={"limit": 1001}), 422, field="limit")
    assert_problem(docs_client.get("/documents", params={"since": "yesterday"}), 422, field="since")
    assert_problem(docs_client.get("/documents", params={"since": "2025-12-01", "until": "2025-01-01"}), 400,
                   field="since")
    assert_problem(docs_client.get("/documents", params={"cursor": "garbage!"}), 400, field="cursor")
    # Well-formed but not made by the listing: a statement cursor's [offset, id], a bare id.
    for forged in ([12, CALL_DOC.id], CALL_DOC.id, [None]):
        cursor = encode_cursor(json.dumps(forged), {"source": None, "since": None, "until": None, "q": None})
        assert_problem(docs_client.get("/documents", params={"cursor": cursor}), 400, field="cursor")
    detail = encode_cursor(json.dumps(["2025-01-01", "rel:x"]), {"doc_id": CALL_DOC.id})
    assert_problem(docs_client.get(f"/documents/{CALL_DOC.id}", params={"cursor": detail}), 400, field="cursor")
    first = docs_client.get("/documents", params={"limit": 1}).json()["next_cursor"]
    assert_problem(docs_client.get("/documents", params={"limit": 1, "source": "Harbour Daily",
                                                         "cursor": first}), 400, field="cursor")


def test_reads_need_the_key_when_the_server_says_so(make_client: Any, library: GraphStore) -> None:
    client = make_client(api_read_key_required=True)
    assert_problem(client.get("/documents"), 401)
    assert_problem(client.get(f"/documents/{CALL_DOC.id}"), 401)
    assert client.get("/documents", headers={"X-API-Key": API_KEY}).status_code == 200


# -- GET /documents/{id} -------------------------------------------------------------------------------
def test_unknown_document_is_404(docs_client: TestClient) -> None:
    body = assert_problem(docs_client.get("/documents/doc:0000000000000000000000000000dead"), 404,
                          field="doc_id")
    assert "doc:0000000000000000000000000000dead" in body["detail"]
    assert_problem(docs_client.get("/documents/text"), 404)  # GET on the ingest path is a read, not a 405


def test_detail_of_the_seeded_article(docs_client: TestClient) -> None:
    body = docs_client.get(f"/documents/{CALL_DOC.id}").json()
    assert body["id"] == CALL_DOC.id and body["title"] == "Presidents <b>talk</b> by phone"
    assert body["actors"] == 4 and body["mentioned_omitted"] == 0
    assert {a["id"] for a in body["mentioned"]} == {TRUMP.id, MADURO.id, "country:united-states",
                                                     "country:venezuela"}
    mine = sorted((r for r in RELATIONS if r.evidence.document_id == CALL_DOC.id),
                  key=lambda r: (r.evidence.start, r.id))
    assert [s["id"] for s in body["statements"]] == [r.id for r in mine]
    first = body["statements"][0]
    assert first["sentence"] == CALL_DOC.text.split(". ")[0] and first["start"] == 0
    assert first["source_name"] and first["target_name"]
    assert body["next_cursor"] is None


def test_detail_of_an_article_read_by_the_real_extractor(make_client: Any, store: GraphStore) -> None:
    client = make_client()
    text = ("CARACAS, March 3 (Test Wire) - Venezuelan President Nicolas Maduro met Colombian President "
            "Gustavo Petro in Caracas on Monday to discuss border security. Petro said Colombia would not "
            "support a military intervention in Venezuela. The United States imposed new sanctions on PDVSA "
            "on Tuesday, the Treasury Department said. Maduro accused Washington of economic warfare. Later, "
            "Petro met Maduro again at the Miraflores palace.")
    added = client.post("/documents", headers={"X-API-Key": API_KEY}, params={"link": False},
                        json={"text": text, "title": "Maduro & Petro <meet>", "source": "Test Wire",
                              "published": "2026-03-04"})
    assert added.status_code == 201, added.text
    doc = added.json()["added"][0]
    assert len(doc["relations"]) >= 3, "the extractor found too little to test the order"
    body = client.get(f"/documents/{doc['id']}").json()
    assert body["title"] == "Maduro & Petro <meet>" and body["source"] == "Test Wire"
    assert sorted(s["id"] for s in body["statements"]) == sorted(doc["relations"])
    # Text order: statements without an offset (the headline's) first, then by offset, ties by id.
    keys = [(-1 if s["start"] is None else s["start"], s["id"]) for s in body["statements"]]
    assert keys == sorted(keys) and len({k[0] for k in keys}) >= 3
    for s in body["statements"]:
        if s["start"] is None:
            assert s["locator"] and s["sentence"], s
        else:
            assert s["sentence"] and text[s["start"]:s["end"]] == s["sentence"]
    stored = store.query("MATCH (:Document {id: $id})-[m:MENTIONS]->(a:Actor) RETURN a.id AS id, "
                         "a.name AS name, a.kind AS kind, m.count AS mentions", {"id": doc["id"]}).rows
    by_count = sorted(stored, key=lambda a: (-a["mentions"], a["id"]))
    assert body["mentioned"] == by_count and body["actors"] == len(stored) == len(doc["actors"])
    assert body["mentioned"][0]["mentions"] > 1
    # The same statements through the listing's filters: the article is the newest Test Wire document.
    listed = client.get("/documents", params={"source": "Test Wire", "q": "petro <MEET>"}).json()["items"]
    assert [(d["id"], d["actors"]) for d in listed] == [(doc["id"], len(stored))]


def test_statements_of_an_unmentioned_agent_and_other_documents(make_client: Any, store: GraphStore) -> None:
    """A statement whose source the document never names is still found (anchored on its target); the
    same actors' statements from another document are not."""
    doc = Document(text="Ostrel Shipping was fined; Lenmark said the fine was fair.", title="Fine")
    other = Document(text="Elena Voss met Ostrel Shipping officials.", title="Other")
    fined = Relation(source=LENMARK.id, type="SANCTIONS", target=OSTREL.id, date="2025-09-02",
                     evidence=Evidence(document_id=doc.id, sentence="Ostrel Shipping was fined", start=0, end=25))
    elsewhere = Relation(source=ELENA.id, type="MEETS_WITH", target=OSTREL.id,
                         evidence=Evidence(document_id=other.id, sentence=other.text, start=0,
                                           end=len(other.text)))
    store.load_document(other, [ELENA, OSTREL], [elsewhere])
    store.load_document(doc, [LENMARK, OSTREL], [fined], {OSTREL.id: 1})  # Lenmark: an implicit agent
    body = make_client().get(f"/documents/{doc.id}").json()
    assert [s["id"] for s in body["statements"]] == [fined.id]
    assert [a["id"] for a in body["mentioned"]] == [OSTREL.id] and body["actors"] == 1


def test_actor_cap_counts_the_rest(make_client: Any, library: GraphStore) -> None:
    client = make_client()
    doc = EXTRA_DOCS[1]  # mentions Ostrel, Elena and Lenmark, each twice
    body = client.get(f"/documents/{doc.id}", params={"actors_limit": 2}).json()
    assert [a["id"] for a in body["mentioned"]] == sorted(a.id for a in EXTRA_MENTIONS[2])[:2]
    assert body["mentioned_omitted"] == 1 and body["actors"] == 3 and body["statements"] == []
    none = client.get(f"/documents/{doc.id}", params={"actors_limit": 0}).json()
    assert none["mentioned"] == [] and none["mentioned_omitted"] == 3
    assert_problem(client.get(f"/documents/{doc.id}", params={"actors_limit": 1001}), 422, field="actors_limit")
    assert_problem(client.get(f"/documents/{doc.id}", params={"limit": 0}), 422, field="limit")


def test_ofac_list_document_pages_every_statement_once(make_client: Any, seeded: GraphStore) -> None:
    store = seeded
    extractions = list(read_ofac(OFAC_FIXTURES))
    for ex in extractions:
        store.load_document(ex.document, ex.actors, ex.relations, ex.mentions)
    doc = extractions[0].document
    assert doc is not None and {ex.document.id for ex in extractions if ex.document} == {doc.id}
    expected = sorted({r.id for ex in extractions for r in ex.relations})
    mentioned = {a for ex in extractions for a in (ex.mentions or {})}
    client = make_client()
    statements, pages = _walk(client, f"/documents/{doc.id}", "statements", limit=3, actors_limit=5)
    ids = [s["id"] for s in statements]
    assert ids == expected  # list rows have no offsets: id order, each statement once
    assert pages == -(-len(expected) // 3)
    assert all(s["locator"] and s["locator"].startswith("sdn-") for s in statements)
    assert {s["type"] for s in statements} >= {"SANCTIONS", "ASSOCIATED_WITH"}
    head = client.get(f"/documents/{doc.id}", params={"limit": 3, "actors_limit": 5}).json()
    assert head["actors"] == len(mentioned) and len(head["mentioned"]) == 5
    assert head["mentioned_omitted"] == len(mentioned) - 5
    assert head["title"] == doc.title and head["published"] == doc.published.isoformat()
    listed = client.get("/documents", params={"q": "ofac sdn"}).json()["items"]
    assert [(d["id"], d["actors"]) for d in listed] == [(doc.id, len(mentioned))]
    # A cursor belongs to its document.
    cursor = head["next_cursor"]
    assert cursor
    assert_problem(client.get(f"/documents/{CALL_DOC.id}", params={"limit": 3, "actors_limit": 5,
                                                                    "cursor": cursor}), 400, field="cursor")
