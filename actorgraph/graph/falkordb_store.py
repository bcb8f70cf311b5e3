"""FalkorDB executor: embedded (``falkordb-lite://DIR``) or a server (``falkordb://host:port``).

Dialect notes that matter here: each GRAPH.QUERY is atomic (a failing query rolls back), so a
multi-statement write is sent as one query chained with ``WITH count(*)``; read-only is GRAPH.RO_QUERY;
the timeout is the command's TIMEOUT argument; constraints use GRAPH.CONSTRAINT.

The client waits for a reply in slices and PINGs the server between them on a connection of its own, so
a server that stopped answering (stuck in a crash handler, SIGSTOPped, a dead host) is reported as
unavailable instead of hanging the caller, while a server busy with a long query is waited for.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from datetime import time as dtime
from pathlib import Path
from typing import Any

import redis
from dateutil.relativedelta import relativedelta
from falkordb import Edge, FalkorDB, Node
from falkordb import Path as FPath
from falkordb.helpers import stringify_param_value
from falkordb.query_result import QueryResult as FQueryResult

from actorgraph.errors import QueryError, QueryTimeout, ReadOnlyViolation, StoreUnavailable
from actorgraph.graph.cypher import Statement
from actorgraph.graph.falkordb_server import WRITE_TIMEOUT_CAP_MS, FalkorDBServer
from actorgraph.graph.falkordb_watch import ReplyWatch, no_retry
from actorgraph.graph.registry import ontology
from actorgraph.graph.store import GraphStore, QueryResult

DEFAULT_GRAPH = "actorgraph"
ADMIN_SOCKET_TIMEOUT_S = 120.0  # index creation, client list, shutdown: commands that return promptly
CONNECT_TIMEOUT_S = 10.0


def to_plain(value: Any) -> Any:
    if isinstance(value, Node):
        return {"_labels": sorted(value.labels or []), **to_plain(value.properties)}
    if isinstance(value, Edge):
        return {"_type": value.relation, **to_plain(value.properties)}
    if isinstance(value, FPath):
        return {"nodes": [to_plain(n) for n in value.nodes()],
                "relationships": [to_plain(e) for e in value.edges()]}
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, datetime | date | dtime):
        return value.isoformat()
    if isinstance(value, relativedelta):
        return iso_duration(value)
    return value


def iso_duration(delta: relativedelta) -> str:
    """ISO 8601 duration text, as Neo4j's driver writes it ('P1Y2M3DT4H5M6.5S', 'PT0S')."""
    d = delta.normalized()
    date_part = "".join(f"{v}{u}" for v, u in ((d.years, "Y"), (d.months, "M"), (d.days, "D")) if v)
    seconds = d.seconds + d.microseconds / 1_000_000
    time_part = "".join(f"{v:g}{u}" for v, u in ((d.hours, "H"), (d.minutes, "M"), (seconds, "S")) if v)
    if not date_part and not time_part:
        return "PT0S"
    return f"P{date_part}" + (f"T{time_part}" if time_part else "")


def _combine(statements: Sequence[Statement]) -> Statement:
    """Chain statements into one query so the engine applies them atomically."""
    if len(statements) == 1:
        return statements[0]
    parts, params = [], {}
    for i, st in enumerate(statements):
        renamed = st.cypher
        for key in sorted(st.params, key=len, reverse=True):
            renamed = renamed.replace(f"${key}", f"$p{i}_{key}")
            params[f"p{i}_{key}"] = st.params[key]
        parts.append(renamed)
    joined = " ".join(f"{p} WITH count(*) AS _s{i}" for i, p in enumerate(parts[:-1]))
    return Statement(f"{joined} {parts[-1]}", params)


def _param_name(name: str) -> str:
    if not name or "`" in name:
        raise QueryError(f"invalid parameter name {name!r}")
    return name


def _encode(cypher: str, params: dict[str, Any]) -> str:
    """Query text with its parameters as FalkorDB's ``CYPHER k=v`` header.

    The server reads the header as a C string, so a NUL inside a string value would cut the query
    short; NULs only occur inside string literals here and become U+FFFD."""
    header = "".join(f"`{_param_name(k)}`={stringify_param_value(v)} " for k, v in params.items())
    if "\x00" in header:
        header = header.replace("\x00", "\ufffd")
    return f"CYPHER {header}{cypher}" if header else cypher


def _translate(err: Exception) -> Exception:
    msg = str(err)
    low = msg.lower()
    if "timed out" in low:
        return QueryTimeout(f"query exceeded its timeout ({msg})")
    if "read-only" in low or "ro_query" in low:
        return ReadOnlyViolation("this query writes to the graph and was run read-only")
    if isinstance(err, redis.ConnectionError | OSError):
        return StoreUnavailable(f"FalkorDB is not reachable: {msg}")
    return QueryError(msg.split(" errCtx:")[0])


class FalkorDBStore(GraphStore):
    engine = "falkordb"
    split_actor_creates = True  # write queries on one graph run one at a time

    def __init__(self, *, data_dir: str | Path | None = None, host: str | None = None, port: int = 6379,
                 password: str | None = None, graph: str = DEFAULT_GRAPH, **kw: Any) -> None:
        super().__init__(**kw)
        self.server: FalkorDBServer | None = None
        self._started = False
        self._server_lost = False  # the embedded server stopped answering: start it again before the next query
        name = f"actorgraph-{os.getpid()}-{uuid.uuid4().hex[:8]}"  # one name per store instance
        if data_dir is not None:
            self.server = FalkorDBServer(Path(data_dir))
            self._started = self.server.start_or_attach()
            address: dict[str, Any] = {"unix_socket_path": self.server.socket_path}
            self.location = f"falkordb-lite://{self.server.data_dir}"
        else:
            address = {"host": host or "localhost", "port": port, "password": password}
            self.location = f"falkordb://{host or 'localhost'}:{port}"
        address |= {"client_name": name, "socket_connect_timeout": CONNECT_TIMEOUT_S, "retry": no_retry()}
        try:  # the client connects here: a server that is not there is the store being unavailable
            self.db = FalkorDB(socket_timeout=ADMIN_SOCKET_TIMEOUT_S, **address)
        except (redis.RedisError, OSError) as err:
            raise StoreUnavailable(f"FalkorDB at {self.location} is not reachable: {err}") from None
        hint = f"; its log is {self.server.data_dir / 'falkordb.log'}" if self.server is not None else ""
        self._watch = ReplyWatch(self.db.connection.connection_pool, address, f"FalkorDB at {self.location}", hint)
        self.graph_name = graph
        self.graph = self.db.select_graph(graph)
        self._client_name = name

    def describe(self) -> str:
        return f"falkordb ({self.location}, graph {self.graph_name})"

    def _run(self, query: str, timeout_s: float, read_only: bool) -> FQueryResult:
        """Send one query (its parameters already encoded into it) with the engine-side timeout."""
        timeout_ms = max(1, int(timeout_s * 1000))
        if self.server is not None:  # our own server refuses a TIMEOUT above the cap it was started with
            timeout_ms = min(timeout_ms, WRITE_TIMEOUT_CAP_MS)
        command = ["GRAPH.RO_QUERY" if read_only else "GRAPH.QUERY", self.graph_name, query, "--compact",
                   "timeout", timeout_ms]
        if self._server_lost and self.server is not None:
            self.server.start_or_attach()  # its data is on disk: replay it, or attach to whoever restarted it
            self._server_lost = False  # (only once that worked: a failed start is tried again next time)
        try:
            return FQueryResult(self.graph, self._watch.execute(command, timeout_ms / 1000))
        except StoreUnavailable as err:  # the reply watch's verdict: the server stopped answering
            if self.server is None:
                raise
            raise self._server_gone(err) from None
        except (redis.ResponseError, redis.ConnectionError, OSError) as err:
            failure = _translate(err)
            if self.server is not None and isinstance(failure, StoreUnavailable):
                failure = self._server_gone(failure)
            raise failure from err

    def _server_gone(self, failure: StoreUnavailable) -> StoreUnavailable:
        """The embedded server died or hangs (FalkorDB crashes have been seen): this call fails, the next one
        starts it again. The failed query is not retried: a write may have been applied."""
        self._server_lost = True
        return StoreUnavailable(f"{failure.detail}; the embedded server is restarted on the next request")

    def _result(self, res: Any, started: float, max_rows: int | None) -> QueryResult:
        columns = [h[1] if isinstance(h, list | tuple) else h for h in (res.header or [])]
        raw = res.result_set or []
        truncated = max_rows is not None and len(raw) > max_rows
        if truncated:
            raw = raw[:max_rows]
        rows = [dict(zip(columns, (to_plain(v) for v in row), strict=False)) for row in raw]
        counters = {k: int(v) for k, v in {
            "nodes_created": res.nodes_created, "nodes_deleted": res.nodes_deleted,
            "relationships_created": res.relationships_created,
            "relationships_deleted": res.relationships_deleted,
            "properties_set": res.properties_set}.items() if v}
        return QueryResult(columns, rows, truncated, (time.perf_counter() - started) * 1000, counters)

    def _read(self, cypher: str, params: dict[str, Any], timeout_s: float, max_rows: int) -> QueryResult:
        started = time.perf_counter()
        return self._result(self._run(_encode(cypher, params), timeout_s, True), started, max_rows)

    def _prepare(self, statements: Sequence[Statement]) -> str:
        """One atomic query text with its parameters encoded as FalkorDB's ``CYPHER k=v`` header."""
        st = _combine(statements)
        return _encode(st.cypher, st.params)

    def _send(self, prepared: str, timeout_s: float) -> QueryResult:
        started = time.perf_counter()
        return self._result(self._run(prepared, timeout_s, False), started, None)

    def _write(self, statements: Sequence[Statement], timeout_s: float) -> QueryResult:
        return self._send(self._prepare(statements), timeout_s)

    def setup_schema(self) -> None:
        o = ontology()
        for label in (o.actor_label, o.document_label):
            self._ignore_exists(lambda lb=label: self.graph.create_node_range_index(lb, "id"))
            self._ignore_exists(lambda lb=label: self.graph.create_node_unique_constraint(lb, "id"))
        self._ignore_exists(lambda: self.graph.create_node_range_index(o.actor_label, "norm_name", "kind"))
        self._ignore_exists(lambda: self.graph.create_node_fulltext_index(o.actor_label, "search_text"))
        for rtype in o.relation_types:
            self._ignore_exists(lambda t=rtype: self.graph.create_edge_range_index(t, "id"))

    @staticmethod
    def _ignore_exists(call: Any) -> None:
        try:
            call()
        except redis.ResponseError as err:
            if "already" not in str(err).lower():
                raise _translate(err) from err

    def degree_expr(self, var: str) -> str:
        mentions = ontology().mentions_type
        return f"(outdegree({var}) + indegree({var}) - indegree({var}, '{mentions}'))"

    def fulltext_actors_clause(self, param: str) -> str:
        label = ontology().actor_label
        return f"CALL db.idx.fulltext.queryNodes('{label}', ${param}) YIELD node, score"

    def clear(self) -> None:
        with contextlib.suppress(redis.ResponseError):
            self.graph.delete()
        self.graph = self.db.select_graph(self.graph_name)
        self.setup_schema()

    def drop(self) -> None:
        """Remove this graph entirely (used for per-test graphs)."""
        with contextlib.suppress(redis.ResponseError):
            self.graph.delete()

    def _other_clients(self) -> int:
        clients = self.db.connection.client_list()
        return sum(1 for c in clients if c.get("name") != self._client_name)

    def close(self) -> None:
        """Disconnect; the last client of an embedded server shuts it down with a save. A server that
        stopped answering is left alone (the next open replaces it), so closing never hangs on it."""
        conn = self.db.connection
        try:
            if self.server is not None and self._watch.alive() and self._other_clients() == 0:
                self.server.shutdown(conn)
        except (redis.ConnectionError, redis.TimeoutError, OSError):
            pass
        finally:
            with contextlib.suppress(Exception):
                conn.close()
