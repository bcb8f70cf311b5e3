"""Shared fixtures. Integration tests take ``engine`` (or ``store``) and run once per engine:
embedded FalkorDB, and Neo4j from tools/neo4j (or NEO4J_URI). Under CI=true Neo4j must run."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from actorgraph.graph import GraphStore, open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tools" / "neo4j"))

from server import Neo4jServer, Neo4jUnavailable  # noqa: E402

_graph_ids = itertools.count()


@dataclass
class Engine:
    """How a test reaches one engine: a store URL and the graph (FalkorDB key) it owns."""

    name: str
    url: str
    graph: str

    def open(self, **kw: object) -> GraphStore:
        return open_store(self.url, graph=self.graph, **kw)  # type: ignore[arg-type]

    def env(self) -> dict[str, str]:
        """Environment that points the CLI and the API at this engine."""
        return {"ACTORGRAPH_STORE": self.url, "ACTORGRAPH_GRAPH": self.graph}


@pytest.fixture(scope="session")
def falkordb_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"falkordb-lite://{tmp_path_factory.mktemp('falkordb')}"
    keeper = open_store(url, graph="keeper")  # holds the server open for the whole session
    yield url
    keeper.close()


@pytest.fixture(scope="session")
def neo4j_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"]
        return
    server = Neo4jServer(tmp_path_factory.mktemp("neo4j"), port=0)
    try:
        uri = server.start()
    except Neo4jUnavailable as err:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the Neo4j test server could not start: {err}")
        pytest.skip(f"Neo4j tests skipped: no NEO4J_URI and tools/neo4j cannot start ({err})")
    yield uri
    server.stop()


ENGINES = ["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    if request.param == "falkordb":
        eng = Engine("falkordb", request.getfixturevalue("falkordb_url"), f"test{next(_graph_ids)}")
        yield eng
        store = eng.open(setup=False)
        store.drop()  # type: ignore[attr-defined]
        store.close()
    else:
        eng = Engine("neo4j", request.getfixturevalue("neo4j_url"), "actorgraph")
        store = eng.open()
        store.clear()
        store.close()
        yield eng


@pytest.fixture
def store(engine: Engine) -> Iterator[GraphStore]:
    s = engine.open()
    yield s
    s.close()


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED
