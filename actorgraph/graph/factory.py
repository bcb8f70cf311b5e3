"""Choose and open a store from one URL (env ``ACTORGRAPH_STORE`` / CLI ``--store``).

- ``falkordb-lite://`` or ``falkordb-lite:///path/to/dir`` — embedded FalkorDB in a data directory
- ``falkordb://[:password@]host:port[/graph]`` — a FalkorDB server
- ``bolt://``, ``bolt+s://``, ``neo4j://``, ``neo4j+s://`` … — Neo4j (single server, cluster, Aura)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from actorgraph.errors import InvalidInput
from actorgraph.graph.store import GraphStore

NEO4J_SCHEMES = {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}
FALKOR_SCHEMES = {"falkordb", "redis"}
LITE_SCHEMES = {"falkordb-lite", "lite"}


def open_store(url: str, *, data_dir: Path | None = None, user: str | None = None,
               password: str | None = None, database: str | None = None, graph: str = "actorgraph",
               timeout_s: float = 30.0, max_rows: int = 10_000, setup: bool = True) -> GraphStore:
    """Open the store ``url`` names; with ``setup`` create its constraints and indexes."""
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    limits: dict[str, Any] = {"timeout_s": timeout_s, "max_rows": max_rows}
    store: GraphStore
    if scheme in LITE_SCHEMES:
        from actorgraph.graph.falkordb_store import FalkorDBStore

        raw = unquote(parsed.netloc + parsed.path)
        directory = Path(raw) if raw else data_dir
        if directory is None:
            raise InvalidInput("falkordb-lite:// needs a directory or a configured data dir", field="store")
        store = FalkorDBStore(data_dir=directory, graph=graph, **limits)
    elif scheme in FALKOR_SCHEMES:
        from actorgraph.graph.falkordb_store import FalkorDBStore

        name = parsed.path.strip("/") or graph
        store = FalkorDBStore(host=parsed.hostname or "localhost", port=parsed.port or 6379,
                              password=unquote(parsed.password) if parsed.password else password,
                              graph=name, **limits)
    elif scheme in NEO4J_SCHEMES:
        from actorgraph.graph.neo4j_store import Neo4jStore

        netloc = parsed.hostname or "localhost"
        if parsed.port:
            netloc += f":{parsed.port}"
        store = Neo4jStore(f"{scheme}://{netloc}", user=unquote(parsed.username) if parsed.username else user,
                           password=unquote(parsed.password) if parsed.password else password,
                           database=database or (parsed.path.strip("/") or None), **limits)
    else:
        raise InvalidInput(
            f"unknown store {url!r}: use falkordb-lite://DIR, falkordb://HOST:PORT, bolt://… or neo4j://…",
            field="store")
    if setup:
        try:
            store.setup_schema()
        except Exception:
            store.close()
            raise
    return store
