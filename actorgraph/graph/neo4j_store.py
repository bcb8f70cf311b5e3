"""Neo4j executor through the official driver: ``bolt://``, ``neo4j://`` (clusters, Aura), ``+s`` variants.

Read-only queries run in READ access-mode transactions, which the server itself refuses to write in;
timeouts are transaction timeouts enforced by the server; the row cap stops pulling records.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import neo4j
from neo4j import exceptions as nx
from neo4j.graph import Node, Path, Relationship

from actorgraph.errors import (
    InvalidInput,
    QueryError,
    QueryTimeout,
    ReadOnlyViolation,
    StoreUnavailable,
)
from actorgraph.graph.cypher import Statement
from actorgraph.graph.registry import ontology
from actorgraph.graph.store import GraphStore, QueryResult

FULLTEXT_INDEX = "actor_names"


def to_plain(value: Any) -> Any:
    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **to_plain(dict(value))}
    if isinstance(value, Relationship):
        return {"_type": value.type, **to_plain(dict(value))}
    if isinstance(value, Path):
        return {"nodes": [to_plain(n) for n in value.nodes],
                "relationships": [to_plain(r) for r in value.relationships]}
    if hasattr(value, "iso_format"):  # neo4j.time Date/DateTime/Time/Duration (Duration is a tuple)
        return value.iso_format()
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    return value


def _translate(err: Exception) -> Exception:
    code = getattr(err, "code", "") or ""
    # A server error's own message; a driver-side error's ``message`` is only GQL's generic 50N42 text.
    msg = (getattr(err, "message", None) if isinstance(err, nx.Neo4jError) else None) or str(err)
    if isinstance(err, nx.ServiceUnavailable | nx.SessionExpired):
        return StoreUnavailable(f"Neo4j is not reachable: {msg}")
    # A transaction past its timeout is stopped wherever it is: while running (TransactionTimedOut,
    # Terminated) or while waiting for a lock (LockClientStopped, seen on writes under load).
    if any(part in code for part in ("TransactionTimedOut", "Terminated", "LockClientStopped")):
        return QueryTimeout(f"query exceeded its timeout ({code})")
    if "AccessMode" in code or "ForbiddenOnReadOnlyDatabase" in code or "WriteOnReadOnly" in code:
        return ReadOnlyViolation("this query writes to the graph and was run read-only")
    if isinstance(err, nx.ConstraintError):
        return InvalidInput(msg)
    return QueryError(msg)


class Neo4jStore(GraphStore):
    engine = "neo4j"

    def __init__(self, uri: str, *, user: str | None = None, password: str | None = None,
                 database: str | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        auth = (user, password or "") if user else None
        self.uri = uri
        self.database = database
        try:
            self.driver = self._connect(uri, auth, filter_notifications=True)
        except nx.ConfigurationError as err:
            if "notification filtering" not in str(err).lower():
                raise _translate(err) from err
            # Servers before 5.7 (Bolt 5.1) cannot filter notifications: connect without asking them to.
            self.driver = self._connect(uri, auth, filter_notifications=False)

    @staticmethod
    def _connect(uri: str, auth: tuple[str, str] | None, *, filter_notifications: bool) -> neo4j.Driver:
        # Deprecation and performance notifications go to the analyst's own tools, not our logs.
        extra: dict[str, Any] = {"notifications_min_severity": "OFF"} if filter_notifications else {}
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=10, **extra)
        try:
            driver.verify_connectivity()
        except Exception as err:
            driver.close()
            if isinstance(err, nx.ConfigurationError):
                raise
            raise _translate(err) from err
        return driver

    def describe(self) -> str:
        return f"neo4j ({self.uri}{'/' + self.database if self.database else ''})"

    def _session(self, mode: str) -> neo4j.Session:
        return self.driver.session(database=self.database, default_access_mode=mode)

    def _read(self, cypher: str, params: dict[str, Any], timeout_s: float, max_rows: int) -> QueryResult:
        started = time.perf_counter()
        try:
            with self._session(neo4j.READ_ACCESS) as session, \
                    session.begin_transaction(timeout=timeout_s) as tx:
                result = tx.run(cypher, params)
                columns = list(result.keys())
                rows: list[dict[str, Any]] = []
                truncated = False
                for record in result:
                    if len(rows) >= max_rows:
                        truncated = True
                        break
                    rows.append({k: to_plain(v) for k, v in record.items()})
                result.consume()
                tx.rollback()
        except (nx.Neo4jError, nx.DriverError) as err:
            raise _translate(err) from err
        return QueryResult(columns, rows, truncated, (time.perf_counter() - started) * 1000)

    def _write(self, statements: Sequence[Statement], timeout_s: float) -> QueryResult:
        """All statements in one transaction, through ``execute_write`` so that transient failures
        (deadlocks between concurrent ingests, leader switches in a cluster) are retried by the driver."""
        started = time.perf_counter()

        @neo4j.unit_of_work(timeout=timeout_s)
        def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[dict[str, Any]], dict[str, int]]:
            columns: list[str] = []
            rows: list[dict[str, Any]] = []
            counters: dict[str, int] = {}
            for st in statements:
                result = tx.run(st.cypher, st.params)
                columns = list(result.keys())
                rows = [{k: to_plain(v) for k, v in rec.items()} for rec in result]
                c = result.consume().counters
                for key in ("nodes_created", "nodes_deleted", "relationships_created",
                            "relationships_deleted", "properties_set"):
                    counters[key] = counters.get(key, 0) + getattr(c, key)
            return columns, rows, counters

        try:
            with self._session(neo4j.WRITE_ACCESS) as session:
                columns, rows, counters = session.execute_write(work)
        except (nx.Neo4jError, nx.DriverError) as err:
            raise _translate(err) from err
        counters = {k: v for k, v in counters.items() if v}
        return QueryResult(columns, rows, False, (time.perf_counter() - started) * 1000, counters)

    def _auto(self, cypher: str) -> None:
        try:
            with self._session(neo4j.WRITE_ACCESS) as session:
                session.run(cypher).consume()
        except (nx.Neo4jError, nx.DriverError) as err:
            raise _translate(err) from err

    def setup_schema(self) -> None:
        o = ontology()
        for label in (o.actor_label, o.document_label):
            self._auto(f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
                       f"FOR (n:{label}) REQUIRE n.id IS UNIQUE")
        self._auto(f"CREATE INDEX actor_norm_name IF NOT EXISTS FOR (a:{o.actor_label}) ON (a.norm_name)")
        self._auto(f"CREATE INDEX actor_kind IF NOT EXISTS FOR (a:{o.actor_label}) ON (a.kind)")
        self._auto(f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS "
                   f"FOR (a:{o.actor_label}) ON EACH [a.search_text]")
        for rtype in o.relation_types:
            self._auto(f"CREATE INDEX rel_{rtype.lower()}_id IF NOT EXISTS FOR ()-[r:{rtype}]-() ON (r.id)")
        self._auto("CALL db.awaitIndexes(300)")

    def degree_expr(self, var: str) -> str:
        # Pattern counts without a label on the far end are answered from the degree store.
        mentions = ontology().mentions_type
        return f"(COUNT {{ ({var})-[]-() }} - COUNT {{ ({var})<-[:{mentions}]-() }})"

    def fulltext_actors_clause(self, param: str) -> str:
        return f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', ${param}) YIELD node, score"

    def clear(self) -> None:
        self._auto("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")

    def close(self) -> None:
        self.driver.close()
