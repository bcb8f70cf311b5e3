"""Ingest through the API, HTML views with their CSP, and whole-graph exports, on both engines."""

from __future__ import annotations

import base64
import hashlib
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from actorgraph.errors import ExtractorUnavailable
from actorgraph.graph import Document
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.extractors import register_extractor
from tests.api.conftest import API_KEY, MADURO, TRUMP, assert_problem
from tests.extractor_double import DoubleExtractor, ExplodingExtractor

KEY = {"X-API-Key": API_KEY}
KARVIA = "country:republic-of-karvia"
LENMARK = "country:lenmark"


@pytest.fixture(autouse=True)
def double_extractors() -> Iterator[None]:
    register_extractor("double", DoubleExtractor)
    register_extractor("exploding", ExplodingExtractor)
    yield


def test_ingest_one_json_document(client: TestClient) -> None:
    doc = {"text": "The Republic of Karvia imposed sanctions on Lenmark after the border incident.",
           "title": "Karvia sanctions Lenmark", "url": "https://news.example/karvia", "published": "2026-01-05"}
    r = client.post("/documents", json=doc, params={"extractor": "double", "link": False}, headers=KEY)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["documents"] == 1 and body["relations"] == 1 and body["failures"] == []
    added = body["added"][0]
    assert set(added["actors"]) == {KARVIA, LENMARK}
    rel = client.get(f"/relations/{added['relations'][0]}").json()
    assert rel["type"] == "SANCTIONS" and rel["source"] == KARVIA and rel["date"] == "2026-01-05"
    assert rel["evidence"]["document_title"] == "Karvia sanctions Lenmark"
    # The same document again changes nothing (content-hash id, idempotent load).
    again = client.post("/documents", json=doc, params={"extractor": "double", "link": False}, headers=KEY)
    assert again.status_code == 201
    stats = client.get("/stats").json()
    assert stats["relations_by_type"]["SANCTIONS"] == 1 and stats["documents"] == 3


def test_ingest_batch_and_failures(client: TestClient) -> None:
    batch = {"documents": [
        {"text": "Elena Voss met Ostrel Shipping executives in the capital."},
        {"text": "BOOM. Lenmark accused the Republic of Karvia of piracy."},
        {"text": "Lenmark accused the Republic of Karvia of piracy."},
    ]}
    r = client.post("/documents", json=batch, params={"extractor": "exploding", "link": False}, headers=KEY)
    body = r.json()
    assert r.status_code == 201, body
    assert body["documents"] == 2 and len(body["failures"]) == 1 and "extractor crashed" in body["failures"][0]
    assert {d["title"] for d in body["added"]} == {None}
    assert client.get("/actors/person:elena-voss").status_code == 200


def test_ingest_plain_text_with_real_extractor(client: TestClient) -> None:
    text = ("Venezuelan President Nicolás Maduro spoke by phone with U.S. President Donald Trump on "
            "November 21, officials in Caracas said.")
    r = client.post("/documents/text", content=text.encode(), headers={**KEY, "Content-Type": "text/plain"},
                    params={"title": "A call", "published": "2025-11-30"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["documents"] == 1
    assert {MADURO.id, TRUMP.id} <= set(body["added"][0]["actors"])


def test_api_articles_are_read_as_the_same_file_would_be(client: TestClient) -> None:
    # decomposed accents (macOS, PDF copy) and hard-wrapped lines: NFC text, the lines joined, as from a file
    text = ("Venezuelan President Nicola\u0301s Maduro spoke by phone with U.S. President Donald Trump on\n"
            "November 21, officials in Caracas said, and Maduro later threatened to expel the American\n"
            "diplomats who had taken part in the talks, according to two people familiar with them.")
    r = client.post("/documents/text", content=text.encode(), headers={**KEY, "Content-Type": "text/plain"},
                    params={"published": "2025-11-30", "link": False})
    assert r.status_code == 201, r.text
    added = r.json()["added"][0]
    assert MADURO.id in added["actors"]
    sentences = {client.get(f"/relations/{rid}").json()["evidence"]["sentence"] for rid in added["relations"]}
    assert sentences and all("Nicolás Maduro" in s and "diplomats" in s and "\n" not in s for s in sentences)
    ancient = assert_problem(client.post("/documents", json={"text": "Lenmark accused Karvia.",
                                                             "published": "0001-01-01"}, headers=KEY), 400,
                             field="text")
    assert "published" in ancient["detail"]


def test_ingest_bad_input(client: TestClient) -> None:
    assert_problem(client.post("/documents", json={"text": "x"}), 401)
    assert_problem(client.post("/documents", json={"text": "x"}, headers={"X-API-Key": "nope"}), 403)
    assert_problem(client.post("/documents", json={"title": "no text"}, headers=KEY), 422)
    assert_problem(client.post("/documents", json={"text": "   "}, headers=KEY), 422)
    assert_problem(client.post("/documents", json={"documents": []}, headers=KEY), 422)
    assert_problem(client.post("/documents", json={"text": "fine", "published": "31/12/2025"}, headers=KEY), 422)
    assert_problem(client.post("/documents", json={"text": "fine"}, params={"extractor": "gpt-99"},
                               headers=KEY), 400, field="extractor")
    assert_problem(client.post("/documents/text", content=b"\xff\xfe\x00bad", headers=KEY), 400, field="body")
    assert_problem(client.post("/documents/text", content=b"  \n", headers=KEY), 400, field="body")
    assert client.get("/stats").json()["documents"] == 2  # nothing half-written


def test_ingest_errors_name_the_field_of_the_body_that_was_sent(client: TestClient) -> None:
    # A batch is reported as a batch, and no pydantic union label stands in for a field name.
    batch = {"documents": [{"text": "Lenmark accused the Republic of Karvia."}, {"text": "  "}]}
    body = assert_problem(client.post("/documents", json=batch, headers=KEY), 422, field="documents.1")
    assert "text is empty" in body["detail"] and all(e["loc"][1] == "documents" for e in body["errors"])
    assert_problem(client.post("/documents", json={"documents": [{"txt": "x"}]}, headers=KEY), 422,
                   field="documents.0.text")
    assert_problem(client.post("/documents", json={"documents": []}, headers=KEY), 422, field="documents")
    assert_problem(client.post("/documents", json={"text": 5}, headers=KEY), 422, field="text")
    assert_problem(client.post("/documents", json=[], headers=KEY), 422, field="body")
    broken = assert_problem(client.post("/documents", content=b'{"text": ', headers={
        **KEY, "Content-Type": "application/json"}), 422, field="body")
    assert "not valid JSON" in broken["detail"] and "character 9" in broken["detail"]
    assert client.get("/stats").json()["documents"] == 2


def _csp_script_hashes(csp: str) -> set[str]:
    directive = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    return {t.strip("'") for t in directive.split()[1:]}


def test_ego_view_is_html_with_strict_csp(client: TestClient) -> None:
    r = client.get(f"/views/actors/{TRUMP.id}", params={"hops": 2})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "Donald Trump" in html and "Cartel de los Soles" in html
    # Document titles are data: the <b> in a title never becomes markup.
    assert "<b>talk</b>" not in html
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp
    scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.DOTALL | re.IGNORECASE)
    assert scripts, "the page is expected to carry its scripts inline"
    allowed = _csp_script_hashes(csp)
    for body in scripts:
        digest = "sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert digest in allowed
    assert not re.search(r"<script[^>]*\bsrc=", html), "no external scripts"
    assert_problem(client.get("/views/actors/person:nobody"), 404)


def test_query_view(client: TestClient) -> None:
    r = client.get("/views/queries/relations", params={"params": '{"types": ["DESIGNATES"]}'})
    assert r.status_code == 200, r.text
    assert "Content-Security-Policy" in r.headers
    assert "Cartel de los Soles" in r.text and "Donald Trump" not in r.text
    assert_problem(client.get("/views/queries/actor_profile", params={"params": "{bad json"}), 400,
                   field="params")
    assert_problem(client.get("/views/queries/actor_profile", params={"params": "[1]"}), 400, field="params")
    assert_problem(client.get("/views/queries/nope"), 404)


def test_exports(client: TestClient) -> None:
    graphml = client.get("/export/graphml")
    assert graphml.status_code == 200, graphml.text
    assert "attachment" in graphml.headers["content-disposition"]
    root = ET.fromstring(graphml.content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    node_ids = {n.get("id") for n in root.iter(f"{{{ns['g']}}}node")}
    assert {MADURO.id, TRUMP.id} <= node_ids
    gexf = client.get("/export/gexf")
    assert gexf.status_code == 200 and b"gexf" in gexf.content[:500]
    as_json = client.get("/export/json")
    assert as_json.status_code == 200 and MADURO.id in as_json.text
    ftm = client.get("/export/ftm")
    assert ftm.status_code == 200, ftm.text
    assert ftm.headers["content-type"].startswith("application/x-ndjson") and '"schema"' in ftm.text
    assert_problem(client.get("/export/pdf"), 422)


def test_views_treat_graph_text_as_data(client: TestClient) -> None:
    hostile = "<script>alert(1)</script> Group"
    query = {"query": "CREATE (a:Actor:Group {id: 'group:hostile', name: $name, kind: 'Group'}) "
                      "WITH a MATCH (t:Actor {id: $trump}) CREATE (t)-[:SUPPORTS {id: 'rel:hostile', "
                      "source: t.id, target: a.id, status: 'asserted', sentence: $name}]->(a)",
             "params": {"name": hostile, "trump": TRUMP.id}, "write": True}
    assert client.post("/cypher", json=query, headers=KEY).status_code == 200
    r = client.get(f"/views/actors/{TRUMP.id}", params={"hops": 1})
    assert r.status_code == 200
    assert "hostile" in r.text and "<script>alert(1)</script>" not in r.text


class _WaitingExtractor(DoubleExtractor):
    """Stands for a slow (LLM) extractor: holds its document until the test lets it go."""

    release = threading.Event()
    started = threading.Event()

    def extract(self, document: Document) -> Extraction:
        self.started.set()
        self.release.wait(timeout=30)
        return super().extract(document)


def test_a_slow_extraction_does_not_hold_up_other_writes(client: TestClient) -> None:
    register_extractor("waiting", _WaitingExtractor)
    _WaitingExtractor.release.clear()
    _WaitingExtractor.started.clear()
    order: list[str] = []

    def slow_ingest() -> None:
        r = client.post("/documents", json={"text": "Lenmark accused the Republic of Karvia of piracy."},
                        params={"extractor": "waiting", "link": False}, headers=KEY)
        order.append(f"slow {r.status_code}")

    worker = threading.Thread(target=slow_ingest)
    worker.start()
    try:
        assert _WaitingExtractor.started.wait(timeout=30)
        fast = client.post("/documents", json={"text": "Elena Voss met Ostrel Shipping executives."},
                           params={"extractor": "double", "link": False}, headers=KEY)
        order.append(f"fast {fast.status_code}")
        write = client.post("/cypher", json={"query": "MERGE (a:Actor {id: 'group:w'}) RETURN a.id AS id",
                                             "write": True}, headers=KEY)
        order.append(f"write {write.status_code}")
    finally:
        _WaitingExtractor.release.set()
        worker.join(timeout=60)
    assert order == ["fast 201", "write 200", "slow 201"]
    assert client.get(f"/actors/{KARVIA}").status_code == 200


class _DownExtractor(DoubleExtractor):
    """An extractor whose service (an LLM endpoint) is down for documents that mention Lenmark."""

    def extract(self, document: Document) -> Extraction:
        if "Lenmark" in document.text:
            raise ExtractorUnavailable("endpoint http://llm.internal/v1 is unreachable after 4 attempt(s)")
        return super().extract(document)


def test_an_unavailable_extraction_service_is_503_not_201(client: TestClient) -> None:
    register_extractor("down", _DownExtractor)
    before = client.get("/stats").json()["documents"]
    body = assert_problem(client.post("/documents/text", content=b"Lenmark accused the Republic of Karvia.",
                                      params={"extractor": "down"}, headers=KEY), 503)
    assert "unreachable" in body["detail"]
    batch = {"documents": [{"text": "Lenmark met Elena Voss."}, {"text": "Lenmark accused Ostrel Shipping."}]}
    assert_problem(client.post("/documents", json=batch, params={"extractor": "down"}, headers=KEY), 503)
    # When some documents could be read, the batch goes in and the rest are reported, as for any failure.
    batch["documents"].append({"text": "Elena Voss met Ostrel Shipping executives."})
    partial = client.post("/documents", json=batch, params={"extractor": "down", "link": False}, headers=KEY)
    assert partial.status_code == 201 and partial.json()["documents"] == 1
    assert len(partial.json()["failures"]) == 2
    assert client.get("/stats").json()["documents"] == before + 1
