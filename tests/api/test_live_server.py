"""The API through a real uvicorn server on 127.0.0.1, including 20 concurrent clients."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx2 as httpx
import pytest
import uvicorn

from actorgraph.api import create_app
from actorgraph.graph import GraphStore
from actorgraph.loaders.extractors import register_extractor
from tests.api.conftest import ACTORS, API_KEY, RELATIONS, settings_for
from tests.extractor_double import DoubleExtractor

CLIENTS = 20


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def live_url(engine: Any, seeded: GraphStore) -> Iterator[str]:
    register_extractor("double", DoubleExtractor)
    port = free_port()
    config = uvicorn.Config(create_app(settings_for(engine)), host="127.0.0.1", port=port, log_level="warning",
                            access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)
    assert not thread.is_alive(), "uvicorn did not stop"


def test_real_server_round_trip(live_url: str) -> None:
    with httpx.Client(base_url=live_url, timeout=30) as http:
        assert http.get("/health").json() == {"status": "ok"}
        assert http.get("/ready").json()["status"] == "ready"
        assert http.get("/stats").json()["actors"] == len(ACTORS)
        missing = http.get("/actors/person:nobody")
        assert missing.status_code == 404
        assert missing.headers["content-type"] == "application/problem+json"
        # A body over the limit without Content-Length (chunked upload) is refused on the stream.
        huge = (b"x" * 65536 for _ in range(200))
        refused = http.post("/documents/text", content=huge, headers={"X-API-Key": API_KEY})
        assert refused.status_code == 413 and "Traceback" not in refused.text


def _ingest_and_read(base: str, i: int) -> tuple[dict[str, Any], int]:
    countries = ["Republic of Karvia", "Lenmark"]
    text = (f"Report {i}: the {countries[i % 2]} imposed sanctions on {countries[(i + 1) % 2]} over "
            f"shipment number {1000 + i}. Elena Voss met Ostrel Shipping managers on day {i}.")
    reads = 0
    with httpx.Client(base_url=base, timeout=60) as http:
        r = http.post("/documents", json={"text": text, "title": f"Report {i}"},
                      params={"extractor": "double", "link": False}, headers={"X-API-Key": API_KEY})
        assert r.status_code == 201, r.text
        for _ in range(5):
            assert http.get("/actors", params={"limit": 5}).status_code == 200
            assert http.get("/relations", params={"type": "SANCTIONS"}).status_code == 200
            assert http.get("/stats").status_code == 200
            reads += 3
    body: dict[str, Any] = r.json()
    return body, reads


def test_concurrent_ingest_and_reads(live_url: str, store: GraphStore) -> None:
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        results = list(pool.map(lambda i: _ingest_and_read(live_url, i), range(CLIENTS)))
    failures = [f for body, _ in results for f in body["failures"]]
    assert not failures, failures[:3]
    assert all(body["documents"] == 1 for body, _ in results)
    assert sum(reads for _, reads in results) == CLIENTS * 15
    added_relations = {rid for body, _ in results for rid in body["added"][0]["relations"]}
    assert len(added_relations) == 2 * CLIENTS  # one SANCTIONS and one MEETS_WITH per document
    stats = store.stats()
    assert stats["documents"] == 2 + CLIENTS
    assert stats["relations"] == len(RELATIONS) + 2 * CLIENTS
    assert stats["relations_by_type"]["SANCTIONS"] == CLIENTS
    # Actors shared by every document were merged, never duplicated.
    ids = store.query("MATCH (a:Actor) RETURN a.id AS id", max_rows=100_000).values("id")
    assert len(ids) == len(set(ids)) == len(ACTORS) + 4
    stored = set(store.query("MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id",
                             max_rows=100_000).values("id"))
    assert added_relations <= stored


def test_serve_with_an_unreachable_store_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from actorgraph.cli import app

    monkeypatch.setenv("ACTORGRAPH_STORE", f"bolt://127.0.0.1:{free_port()}")
    result = CliRunner().invoke(app, ["serve", "--port", str(free_port())])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "error:" in result.output and "not reachable" in result.output


def test_a_handed_over_store_is_closed_on_shutdown(engine: Any) -> None:
    from fastapi.testclient import TestClient

    closed: list[bool] = []
    opened = engine.open()
    real_close = opened.close
    opened.close = lambda: (closed.append(True), real_close())[1]  # type: ignore[method-assign]
    with TestClient(create_app(settings_for(engine), store=opened, close_store=True)) as client:
        assert client.get("/ready").status_code == 200
    assert closed == [True]
