"""The ``GraphStore`` interface: one small surface, implemented by the FalkorDB and Neo4j executors.

Engines implement four primitives (read, atomic write, schema, clear); batching, validation and
the write statements are shared here so both engines store exactly the same graph.
"""

from __future__ import annotations

import abc
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar

from actorgraph.errors import InvalidInput
from actorgraph.graph.cypher import (
    Statement,
    actor_statements,
    document_statements,
    mention_statements,
    merged_into_cypher,
    relation_statements,
    stale_mention_ids_cypher,
    stale_mention_statements,
    stale_relation_statements,
)
from actorgraph.graph.model import Actor, Document, Relation
from actorgraph.graph.registry import ontology

T = TypeVar("T")

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_BATCH_SIZE = 5_000


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = False
    """True when the row cap cut the result; ``rows`` then holds exactly ``max_rows`` rows."""
    elapsed_ms: float = 0.0
    counters: dict[str, int] = field(default_factory=dict)

    def values(self, column: str | None = None) -> list[Any]:
        col = column or self.columns[0]
        return [r[col] for r in self.rows]

    def single(self) -> Any:
        return self.rows[0][self.columns[0]] if self.rows else None


@dataclass
class LoadSummary:
    documents: int = 0
    actors: int = 0
    relations: int = 0
    mentions: int = 0

    def __iadd__(self, other: LoadSummary) -> LoadSummary:
        self.documents += other.documents
        self.actors += other.actors
        self.relations += other.relations
        self.mentions += other.mentions
        return self


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class GraphStore(abc.ABC):
    """A graph engine holding ActorGraph's model. Returns plain Python values, never engine objects."""

    engine: str = ""
    split_actor_creates: bool = False
    """Use the update-then-CREATE actor statement (see ``actor_statements``); engines with one writer."""

    def __init__(self, *, timeout_s: float = DEFAULT_TIMEOUT_S, max_rows: int = DEFAULT_MAX_ROWS) -> None:
        self.timeout_s = timeout_s
        self.max_rows = max_rows

    # -- engine primitives -------------------------------------------------------------------------
    @abc.abstractmethod
    def _read(self, cypher: str, params: dict[str, Any], timeout_s: float, max_rows: int) -> QueryResult:
        """Run a query the engine itself holds to read-only."""

    @abc.abstractmethod
    def _write(self, statements: Sequence[Statement], timeout_s: float) -> QueryResult:
        """Run statements atomically: all of them or none. Returns the last statement's result."""

    @abc.abstractmethod
    def setup_schema(self) -> None:
        """Create constraints and indexes (idempotent)."""

    @abc.abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship; keeps the schema."""

    @abc.abstractmethod
    def close(self) -> None: ...

    @abc.abstractmethod
    def fulltext_actors_clause(self, param: str) -> str:
        """``CALL ... YIELD node, score`` over actor names and aliases, for the engine's full-text index."""

    @abc.abstractmethod
    def degree_expr(self, var: str) -> str:
        """Cypher expression for the number of relations of actor ``var`` (MENTIONS excluded), read from
        the engine's degree bookkeeping instead of expanding every edge of a hub."""

    def describe(self) -> str:
        return self.engine

    # -- queries -----------------------------------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None, *, timeout_s: float | None = None,
              max_rows: int | None = None) -> QueryResult:
        """Read-only query, enforced by the engine; bounded by a timeout and a row cap."""
        return self._read(cypher, params or {}, timeout_s or self.timeout_s, max_rows or self.max_rows)

    def execute(self, cypher: str, params: dict[str, Any] | None = None, *,
                timeout_s: float | None = None) -> QueryResult:
        """A query that may write, run in its own transaction."""
        return self._write([Statement(cypher, params or {})], timeout_s or self.timeout_s)

    def stats(self) -> dict[str, Any]:
        o = ontology()
        kinds = self.query(f"MATCH (a:{o.actor_label}) RETURN a.kind AS kind, count(*) AS n").rows
        types = self.query("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").rows
        docs = self.query(f"MATCH (d:{o.document_label}) RETURN count(d) AS n").single()
        by_type = {r["type"]: r["n"] for r in types if r["type"] != o.mentions_type}
        return {
            "engine": self.describe(),
            "actors": sum(r["n"] for r in kinds),
            "documents": docs or 0,
            "relations": sum(by_type.values()),
            "mentions": sum(r["n"] for r in types if r["type"] == o.mentions_type),
            "actors_by_kind": {r["kind"]: r["n"] for r in sorted(kinds, key=lambda r: -r["n"])},
            "relations_by_type": dict(sorted(by_type.items(), key=lambda kv: -kv[1])),
        }

    # -- writes ------------------------------------------------------------------------------------
    def missing_actor_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids in ``ids`` no stored actor has (found engine-side: only the missing come back)."""
        wanted = sorted(set(ids))
        label = ontology().actor_label
        missing: set[str] = set()
        for chunk in batched(wanted, 10_000):
            res = self.query(f"UNWIND $ids AS id OPTIONAL MATCH (a:{label} {{id: id}}) "
                             "WITH id, a WHERE a IS NULL RETURN id", {"ids": chunk}, max_rows=len(chunk))
            missing.update(res.values("id"))
        return missing

    def _check_endpoints(self, actors: Sequence[Actor], relations: Sequence[Relation],
                         confirmed: set[str] | None = None) -> None:
        """InvalidInput unless every actor the relations name is in ``actors`` or stored.

        ``confirmed`` (ids already seen stored during this load) is consulted and extended, so a
        long load looks each hub up once rather than once per batch.
        """
        known = {a.id for a in actors} | (confirmed or set())
        needed = {r.source for r in relations} | {r.target for r in relations}
        if r_attr := {r.attributed_to for r in relations if r.attributed_to}:
            needed |= r_attr
        to_check = needed - known
        missing = self.missing_actor_ids(to_check)
        if missing:
            sample = ", ".join(sorted(missing)[:5])
            raise InvalidInput(f"relations refer to {len(missing)} unknown actor(s): {sample}", field="source")
        if confirmed is not None:
            confirmed |= to_check

    def load_document(self, document: Document | None, actors: Sequence[Actor],
                      relations: Sequence[Relation], mentions: dict[str, int] | None = None,
                      *, replace: bool = False) -> LoadSummary:
        """Store a document with all its actors, relations and mentions in one transaction (idempotent).

        ``mentions`` maps actor id to mention count; by default every actor counts once. With ``replace``
        the document's relations from an earlier load that are not in ``relations``, and its MENTIONS of
        actors it no longer names, are deleted in the same transaction (a news article re-read by a changed
        extractor); a mention entity resolution moved to a surviving actor counts as the pre-merge id's.
        List loaders that spread one list document over many batches leave it off. Nothing is written if
        anything fails.
        """
        self._check_endpoints(actors, relations)
        statements: list[Statement] = []
        counts = mentions if mentions is not None else Counter(a.id for a in actors)
        if replace and document is not None:  # deletions first: see docs/cypher-dialects.md
            statements += stale_relation_statements(document.id, [r.id for r in relations])
            # after the relations: their clean-up reaches them through these mentions
            statements += stale_mention_statements(document.id, self._mentions_to_keep(document.id, counts))
        statements += actor_statements(actors, self.split_actor_creates)
        mention_rows: dict[tuple[str, str], int] = {}
        if document is not None:
            statements += document_statements([document])
            mention_rows = {(document.id, aid): n for aid, n in counts.items()}
            statements += mention_statements(mention_rows)
        statements += relation_statements(relations)
        if statements:
            self._write(statements, max(self.timeout_s, 60.0))
        return LoadSummary(1 if document else 0, len(actors), len(relations), len(mention_rows))

    def _mentions_to_keep(self, doc_id: str, mentioned: Iterable[str]) -> list[str]:
        """The actors whose MENTIONS edge from document ``doc_id`` a re-ingest keeps: the ones its new
        extraction names, and the ones entity resolution moved such a mention to (the extraction names
        the pre-merge id; ``link_actors`` folds it in again, keeping the larger count)."""
        keep = set(mentioned)
        stale = self.query(stale_mention_ids_cypher(), {"doc": doc_id, "keep": sorted(keep)}, max_rows=1).rows
        if stale:  # only then are merge records worth reading
            keep |= self.merged_into(keep)
        return sorted(keep)

    def merged_into(self, ids: Iterable[str]) -> set[str]:
        """Every actor that active merges folded one of ``ids`` into, following chains (news actor into an
        OpenSanctions record into an OFAC listing)."""
        seen = set(ids)
        found: set[str] = set()
        frontier = sorted(seen)
        while frontier:
            targets = set(self.query(merged_into_cypher(), {"ids": frontier}, max_rows=1_000_000).values("id"))
            found |= targets
            frontier = sorted(targets - seen)
            seen |= targets
        return found

    def _prepare(self, statements: Sequence[Statement]) -> Any:
        """Turn statements into what ``_send`` transmits (engines may encode parameters here)."""
        return statements

    def _send(self, prepared: Any, timeout_s: float) -> QueryResult:
        return self._write(prepared, timeout_s)

    def _write_batches(self, items: Iterable[T], batch_size: int,
                       build: Callable[[list[T]], list[Statement]]) -> int:
        """Write ``items`` in batches, each atomic and in order; stops at the first failing batch.

        One batch is in flight at a time while the next is built and encoded here, so the client
        (model objects, rows, parameter encoding) and the engine work in parallel.
        """
        if batch_size < 1:
            raise InvalidInput("batch_size must be at least 1", field="batch_size")
        n = 0
        timeout_s = max(self.timeout_s, 300.0)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="actorgraph-write") as writer:
            in_flight: Future[QueryResult] | None = None
            for chunk in batched(items, batch_size):
                statements = build(chunk)
                prepared = self._prepare(statements) if statements else None
                if in_flight is not None:
                    in_flight.result()  # re-raises the failure; later batches are never sent
                    in_flight = None
                if prepared is not None:
                    in_flight = writer.submit(self._send, prepared, timeout_s)
                n += len(chunk)
            if in_flight is not None:
                in_flight.result()
        return n

    def upsert_actors(self, actors: Iterable[Actor], batch_size: int = DEFAULT_BATCH_SIZE) -> int:
        return self._write_batches(actors, batch_size,
                                   lambda chunk: actor_statements(chunk, self.split_actor_creates))

    def upsert_documents(self, documents: Iterable[Document], batch_size: int = DEFAULT_BATCH_SIZE) -> int:
        return self._write_batches(documents, batch_size, document_statements)

    def upsert_mentions(self, mentions: Iterable[tuple[str, str, int]],
                        batch_size: int = DEFAULT_BATCH_SIZE) -> int:
        """(document id, actor id, count) rows; both ends must already be stored."""
        return self._write_batches(mentions, batch_size,
                                   lambda chunk: mention_statements({(d, a): c for d, a, c in chunk}))

    def upsert_relations(self, relations: Iterable[Relation], batch_size: int = DEFAULT_BATCH_SIZE,
                         check_endpoints: bool = True) -> int:
        """Batched UNWIND upsert; each batch is atomic. Endpoints must already be stored."""

        confirmed: set[str] = set()

        def build(chunk: list[Relation]) -> list[Statement]:
            if check_endpoints:
                self._check_endpoints([], chunk, confirmed)
            return relation_statements(chunk)

        return self._write_batches(relations, batch_size, build)
