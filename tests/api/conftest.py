"""API fixtures: a small hand-written graph and TestClients built from the ``engine`` fixture."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from actorgraph.api import create_app
from actorgraph.graph import Actor, Document, Evidence, GraphStore, Relation
from actorgraph.settings import Settings

API_KEY = "test-key-4f9d2c"

MADURO = Actor(name="Nicolás Maduro", kind="Person", aliases=["MADURO MOROS, Nicolas"], external_ids=["ofac:22790"])
TRUMP = Actor(name="Donald Trump", kind="Person")
RUBIO = Actor(name="Marco Rubio", kind="Person")
USA = Actor(name="United States", kind="Country", aliases=["Washington"])
VENEZUELA = Actor(name="Venezuela", kind="Country", aliases=["Caracas"])
TREASURY = Actor(name="Office of Foreign Assets Control", kind="Organization", aliases=["OFAC"])
CARTEL = Actor(name="Cartel de los Soles", kind="Organization")
ACTORS = [MADURO, TRUMP, RUBIO, USA, VENEZUELA, TREASURY, CARTEL]


def _doc(text: str, title: str, published: str, url: str) -> Document:
    return Document(text=text, title=title, published=published, url=url, source="Test Wire")


CALL_TEXT = ("The two presidents held a short telephone call on Friday. Trump told Maduro that he should "
             "leave the country, two people briefed on the call said. Maduro's government said the talks "
             "were cordial.")
SANCTIONS_TEXT = ("The Treasury's sanctions office added the Cartel de los Soles to its list. Washington "
                  "accuses the group of trafficking cocaine under the protection of senior officers.")
CALL_DOC = _doc(CALL_TEXT, "Presidents <b>talk</b> by phone", "2025-11-28", "https://news.example/call")
SANCTIONS_DOC = _doc(SANCTIONS_TEXT, "New designations", "2025-07-25", "https://news.example/ofac")


def _rel(source: Actor, rtype: str, target: Actor, doc: Document, sentence_no: int, date: str | None,
         status: str = "asserted") -> Relation:
    sentences = doc.text.split(". ")
    start = sum(len(s) + 2 for s in sentences[:sentence_no])
    sentence = sentences[sentence_no]
    return Relation(source=source.id, type=rtype, target=target.id, date=date, status=status,
                    evidence=Evidence(document_id=doc.id, sentence=sentence, start=start,
                                      end=start + len(sentence)))


RELATIONS = [
    _rel(TRUMP, "NEGOTIATES_WITH", MADURO, CALL_DOC, 0, "2025-11-21"),
    _rel(TRUMP, "DEMANDS", MADURO, CALL_DOC, 1, "2025-11-21", status="reported"),
    _rel(TRUMP, "LEADS", USA, CALL_DOC, 0, None),
    _rel(MADURO, "LEADS", VENEZUELA, CALL_DOC, 2, None),
    _rel(TREASURY, "DESIGNATES", CARTEL, SANCTIONS_DOC, 0, "2025-07-25"),
    _rel(USA, "ACCUSES", CARTEL, SANCTIONS_DOC, 1, "2025-07-25", status="alleged"),
    _rel(RUBIO, "MEMBER_OF", USA, SANCTIONS_DOC, 1, None),
]


@pytest.fixture
def seeded(store: GraphStore) -> GraphStore:
    by_id = {a.id: a for a in ACTORS}
    for doc in (CALL_DOC, SANCTIONS_DOC):
        rels = [r for r in RELATIONS if r.evidence.document_id == doc.id]
        ids = {r.source for r in rels} | {r.target for r in rels}
        store.load_document(doc, [by_id[i] for i in sorted(ids)], rels)
    return store


def settings_for(engine: Any, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"store": engine.url, "graph": engine.graph, "api_key": API_KEY}
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def make_client(engine: Any) -> Iterator[Callable[..., TestClient]]:
    """Build a fresh app (and its lifespan) with settings overrides; closed after the test."""
    clients: list[TestClient] = []

    def build(raise_server_exceptions: bool = True, **overrides: Any) -> TestClient:
        client = TestClient(create_app(settings_for(engine, **overrides)),
                            raise_server_exceptions=raise_server_exceptions)
        client.__enter__()
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient], seeded: GraphStore) -> TestClient:
    return make_client()


def assert_problem(response: Any, status: int, field: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"]
    assert "Traceback" not in response.text
    if field is not None:
        assert body.get("field") == field, body
    return body
