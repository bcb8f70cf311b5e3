"""Cypher limits, API keys, body size, CORS, error format and startup validation."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from actorgraph.api import create_app
from actorgraph.errors import InvalidInput
from actorgraph.settings import Settings
from tests.api.conftest import ACTORS, API_KEY, assert_problem

SLOW_QUERY = "UNWIND range(1, 30000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n"


def test_cypher_read_only_whatever_the_text(client: TestClient) -> None:
    ok = client.post("/cypher", json={"query": "MATCH (a:Actor) RETURN a.id AS id ORDER BY id"}).json()
    assert ok["row_count"] == len(ACTORS) and ok["truncated"] is False
    for text in ("CREATE (x:Actor {id: 'x:1'}) RETURN x", "MATCH (a:Actor) DETACH DELETE a",
                 "MATCH (a:Actor) SET a.name = 'pwned' RETURN a"):
        assert_problem(client.post("/cypher", json={"query": text}), 403)
    # Even with a valid key, write:false stays read-only.
    assert_problem(client.post("/cypher", json={"query": "MATCH (a:Actor) DETACH DELETE a"},
                               headers={"X-API-Key": API_KEY}), 403)
    assert client.get("/stats").json()["actors"] == len(ACTORS)


def test_cypher_parameters_row_cap_and_errors(client: TestClient) -> None:
    body = client.post("/cypher", json={"query": "MATCH (a:Actor) WHERE a.kind = $kind RETURN a.id AS id",
                                        "params": {"kind": "Country"}}).json()
    assert body["row_count"] == 2
    capped = client.post("/cypher", json={"query": "UNWIND range(1, 50) AS x RETURN x", "max_rows": 7}).json()
    assert capped["truncated"] is True and capped["row_count"] == 7
    assert_problem(client.post("/cypher", json={"query": "MATCH (a RETURN a"}), 400)
    assert_problem(client.post("/cypher", json={"query": ""}), 422, field="query")
    assert_problem(client.post("/cypher", json={"query": "RETURN 1", "extra": True}), 422, field="extra")


def test_cypher_integer_parameters_beyond_64_bits_are_refused(client: TestClient) -> None:
    # FalkorDB clamped them to 2**63-1 without a word, Neo4j's driver failed with a 500.
    for value in (2**63, -(2**63) - 1, 123456789012345678901234567890, [1, {"deep": 10**30}]):
        body = assert_problem(client.post("/cypher", json={"query": "RETURN $x AS x", "params": {"x": value}}),
                              422, field="params")
        assert "64-bit" in body["detail"]
    edge = client.post("/cypher", json={"query": "RETURN $x AS x", "params": {"x": 2**63 - 1}})
    assert edge.status_code == 200 and edge.json()["rows"] == [{"x": 2**63 - 1}]


def test_cypher_timeout_is_504(client: TestClient) -> None:
    assert_problem(client.post("/cypher", json={"query": SLOW_QUERY, "timeout_s": 0.001}), 504)


def test_server_row_cap_wins(make_client: Callable[..., TestClient]) -> None:
    client = make_client(max_rows=5)
    body = client.post("/cypher", json={"query": "UNWIND range(1, 50) AS x RETURN x", "max_rows": 1000}).json()
    assert body["row_count"] == 5 and body["truncated"] is True


def test_write_cypher_needs_the_key(client: TestClient) -> None:
    query = {"query": "MERGE (a:Actor {id: 'group:observers'}) SET a.name = 'Observers', a.kind = 'Group' "
                      "RETURN a.id AS id", "write": True}
    assert_problem(client.post("/cypher", json=query), 401)
    assert_problem(client.post("/cypher", json=query, headers={"X-API-Key": "wrong"}), 403)
    done = client.post("/cypher", json=query, headers={"X-API-Key": API_KEY})
    assert done.status_code == 200, done.text
    assert done.json()["counters"].get("nodes_created") == 1
    assert client.get("/actors/group:observers").status_code == 200


def test_writes_refused_without_configured_key(make_client: Callable[..., TestClient]) -> None:
    client = make_client(api_key=None)
    body = assert_problem(client.post("/cypher", json={"query": "RETURN 1", "write": True},
                                      headers={"X-API-Key": "anything"}), 403)
    assert "ACTORGRAPH_API_KEY" in body["detail"]
    assert_problem(client.post("/documents", json={"text": "Some text."}), 403)
    assert client.get("/stats").status_code == 200  # reads stay open


def test_read_key_required(make_client: Callable[..., TestClient]) -> None:
    client = make_client(api_read_key_required=True)
    r = client.get("/stats")
    assert_problem(r, 401)
    assert r.headers.get("www-authenticate")
    assert_problem(client.get("/actors", headers={"X-API-Key": API_KEY + "x"}), 403)
    assert client.get("/actors", headers={"X-API-Key": API_KEY}).status_code == 200
    assert client.get("/health").status_code == 200  # liveness stays open for orchestrators


def _chunks(data: bytes, size: int) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i:i + size]


def test_body_limit(make_client: Callable[..., TestClient]) -> None:
    client = make_client(max_body_bytes=2048)
    big = {"query": "RETURN $x AS x", "params": {"x": "a" * 5000}}
    assert_problem(client.post("/cypher", json=big), 413)
    # Without Content-Length (chunked), the limit is enforced on the stream.
    payload = b'{"query": "RETURN $x AS x", "params": {"x": "' + b"b" * 5000 + b'"}}'
    r = client.post("/cypher", content=_chunks(payload, 512), headers={"Content-Type": "application/json"})
    assert_problem(r, 413)
    small = client.post("/cypher", content=_chunks(b'{"query": "RETURN 1 AS one"}', 8),
                        headers={"Content-Type": "application/json"})
    assert small.status_code == 200 and small.json()["rows"] == [{"one": 1}]


def test_too_large_body_is_readable_by_an_allowed_origin(make_client: Callable[..., TestClient]) -> None:
    # A browser dashboard sees the 413 problem, not an opaque CORS failure.
    client = make_client(max_body_bytes=2048, cors_origins="https://analyst.example")
    r = client.post("/documents/text", content=b"x" * 5000, headers={"Origin": "https://analyst.example",
                                                                     "X-API-Key": API_KEY})
    assert_problem(r, 413)
    assert r.headers.get("access-control-allow-origin") == "https://analyst.example"


def test_cors_closed_by_default_and_open_for_configured_origins(make_client: Callable[..., TestClient]) -> None:
    closed = make_client()
    r = closed.get("/health", headers={"Origin": "https://analyst.example"})
    assert "access-control-allow-origin" not in r.headers
    opened = make_client(cors_origins="https://analyst.example")
    r = opened.options("/actors", headers={"Origin": "https://analyst.example",
                                           "Access-Control-Request-Method": "GET"})
    assert r.headers["access-control-allow-origin"] == "https://analyst.example"
    other = opened.get("/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_unknown_route_and_method_are_problems(client: TestClient) -> None:
    assert_problem(client.get("/no/such/route"), 404)
    assert_problem(client.delete("/actors"), 405)
    assert_problem(client.post("/cypher", content=b"{not json", headers={"Content-Type": "application/json"}),
                   422)


def test_unexpected_error_is_generic_500(make_client: Callable[..., TestClient], seeded: object,
                                         monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    client = make_client(raise_server_exceptions=False)
    store = client.app.state.store  # type: ignore[attr-defined]

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("secret internal detail /etc/passwd")

    monkeypatch.setattr(store, "stats", broken)
    r = client.get("/stats")
    body = assert_problem(r, 500)
    assert "secret" not in r.text and "RuntimeError" not in r.text
    assert body["detail"]
    assert any("secret internal detail" in rec.getMessage() or rec.exc_info for rec in caplog.records)


def test_invalid_settings_fail_at_startup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACTORGRAPH_MAX_BODY_BYTES", "-3")
    with pytest.raises(InvalidInput) as err:
        create_app()
    assert "ACTORGRAPH_MAX_BODY_BYTES" in str(err.value)
    monkeypatch.delenv("ACTORGRAPH_MAX_BODY_BYTES")
    with pytest.raises(InvalidInput, match="API_KEY"):
        create_app(Settings(api_read_key_required=True))


def test_openapi_documents_enums_and_problems(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert "SANCTIONS" in schemas["RelationTypeName"]["enum"]
    assert "Problem" in schemas
    assert "APIKeyHeader" in spec["components"]["securitySchemes"]
    get_actor = spec["paths"]["/actors/{actor_id}"]["get"]["responses"]
    assert "application/problem+json" in get_actor["404"]["content"]


def test_readiness_is_503_when_the_store_is_down(make_client: Callable[..., TestClient],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from actorgraph.errors import StoreUnavailable

    client = make_client()
    store = client.app.state.store  # type: ignore[attr-defined]

    def down(*_: object, **__: object) -> None:
        raise StoreUnavailable("connection refused")

    monkeypatch.setattr(store, "query", down)
    assert_problem(client.get("/ready"), 503)
    assert client.get("/health").status_code == 200
