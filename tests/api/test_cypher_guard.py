"""The open read-only Cypher endpoint stays inside the graph: no LOAD CSV, admin commands or dbms.* procedures."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fastapi.testclient import TestClient

from actorgraph.api.cypher_guard import code_only
from tests.api.conftest import ACTORS, API_KEY, assert_problem


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.server.hits.append(self.path)  # type: ignore[attr-defined]
        body = b"id\nperson:from-the-network\n"
        self.send_response(200)
        self.send_header("Content-Type", "text/csv")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def internal_service() -> Iterator[ThreadingHTTPServer]:
    """A service on loopback that the database server could be made to fetch from."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.hits = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_load_csv_never_reaches_out(client: TestClient, internal_service: ThreadingHTTPServer) -> None:
    url = f"http://127.0.0.1:{internal_service.server_address[1]}/secret.csv"
    for query in (f"LOAD CSV FROM '{url}' AS row RETURN row",
                  "load  /* hidden */ csv WITH HEADERS FROM $url AS row RETURN row.id",
                  f"MATCH (a:Actor) WITH count(a) AS n LOAD\nCSV FROM '{url}' AS row RETURN row",
                  "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"):
        body = assert_problem(client.post("/cypher", json={"query": query, "params": {"url": url}}), 403,
                              field="query")
        assert "LOAD CSV" in body["detail"]
    assert internal_service.hits == []  # type: ignore[attr-defined]


def test_admin_commands_and_dbms_procedures_refused(client: TestClient) -> None:
    for query in ("SHOW TRANSACTIONS YIELD currentQuery, parameters RETURN *",
                  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
                  "  show settings",
                  "USE neo4j SHOW USERS",
                  "CYPHER runtime=slotted SHOW DATABASES",
                  "CALL dbms.listConfig() YIELD name, value RETURN name, value",
                  "CALL `dbms`.`listConfig`()",
                  "MATCH (a:Actor) CALL dbms . killTransactions(['x']) YIELD message RETURN message",
                  "CALL apoc.load.json('http://127.0.0.1/x')"):
        assert_problem(client.post("/cypher", json={"query": query}), 403, field="query")


def test_ordinary_reads_that_mention_those_words_still_run(client: TestClient) -> None:
    ok = client.post("/cypher", json={"query": "MATCH (a:Actor) WHERE a.name <> 'LOAD CSV FROM x' "
                                               "AND a.name <> \"CALL dbms.listConfig()\" // SHOW USERS\n"
                                               "RETURN count(a) AS show"})
    assert ok.status_code == 200, ok.text
    assert ok.json()["rows"] == [{"show": len(ACTORS)}]
    labels = client.post("/cypher", json={"query": "CALL db.labels() YIELD label RETURN label"})
    assert labels.status_code == 200, labels.text
    assert "Actor" in {row["label"] for row in labels.json()["rows"]}


def test_keyed_writes_are_not_second_guessed(client: TestClient) -> None:
    # A keyed write is the operator's own request; the guard is for the open read endpoint only.
    done = client.post("/cypher", json={"query": "MERGE (a:Actor {id: 'group:show-csv'}) RETURN a.id AS id",
                                        "write": True}, headers={"X-API-Key": API_KEY})
    assert done.status_code == 200, done.text


def test_code_only_blanks_literals_and_comments() -> None:
    assert code_only("RETURN 'a\\'b' AS `x y` // c\n/* d */ , \"e\"") == "RETURN '' AS x y  \n  , ''"
