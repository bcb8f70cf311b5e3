"""Read-path benchmark: actor search, capped 2-hop ego network, undirected shortest path; vs networkx.

    python -m benchmarks queries [--size tiny|small|full] [--engine falkordb,neo4j] [--samples 200]

Loads the synthetic graph (benchmarks/synthetic.py) into each engine, then times through the store API
(including conversion to Python values), over the same random samples on every engine:

- ``search``: ``search_actors`` for a name token of a random actor (full-text + substring fallback);
- ``ego2``: ``neighbourhood(hops=2, max_nodes=500)`` (actor ids and distances), then separately
  ``edges_among`` those actors (every statement among them, all properties);
- ``path``: ``find_paths`` (bidirectional BFS, one frontier level per query, <= 6 hops, undirected);
- ``path_cypher``: the engine's own ``allShortestPaths`` (the ``shortest_path`` named query) on a few
  pairs, for comparison;

and networkx doing the same in memory (substring scan of normalised names, BFS capped at 500 nodes +
subgraph, ``nx.shortest_path``). Prints a Markdown table of median and p95 milliseconds.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.errors import QueryTimeout  # noqa: E402
from actorgraph.graph import GraphStore, normalize_name, ontology, open_store  # noqa: E402
from actorgraph.queries.named import run_named  # noqa: E402
from actorgraph.queries.paths import find_paths, neighbourhood  # noqa: E402
from actorgraph.queries.search import search_actors  # noqa: E402
from actorgraph.queries.subgraph import edges_among  # noqa: E402
from benchmarks.synthetic import load_synthetic, synthetic_graph  # noqa: E402

SIZES = {"tiny": (2_000, 6_000), "small": (10_000, 30_000), "full": (100_000, 300_000)}
EGO_CAP = 500
MAX_HOPS = 6
CYPHER_PATH_SAMPLES = 10
EDGE_SAMPLES = 50


def timed(fn: Callable[[Any], Any], inputs: list[Any]) -> tuple[list[float], list[Any]]:
    times, outs = [], []
    for item in inputs:
        t0 = time.perf_counter()
        outs.append(fn(item))
        times.append((time.perf_counter() - t0) * 1000)
    return times, outs


def summary(times: list[float]) -> str:
    if not times:
        return "n/a | n/a"
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"{statistics.median(ordered):.2f} | {p95:.2f}"


class Workload:
    """The synthetic graph in networkx plus the random samples every engine answers."""

    def __init__(self, n_actors: int, n_relations: int, samples: int, seed: int) -> None:
        graph = synthetic_graph(n_actors, n_relations, seed)
        fact = set(ontology().fact_types())
        self.g = nx.Graph()
        self.names: dict[str, str] = {}
        for a in graph.actors():
            self.g.add_node(a.id)
            self.names[a.id] = " | ".join(normalize_name(n) for n in [a.name, *a.aliases])
        for r in graph.relations():
            if r.type in fact and r.source != r.target:
                self.g.add_edge(r.source, r.target)
        rng = random.Random(seed + 1)
        ids = sorted(self.g)
        self.search_texts = [rng.choice(normalize_name(self.names[i]).split()) for i in rng.sample(ids, samples)]
        self.ego_centres = rng.sample(ids, samples)
        self.pairs = [tuple(rng.sample(ids, 2)) for _ in range(samples)]

    def nx_search(self, text: str) -> list[str]:
        norm = normalize_name(text)
        return [i for i, n in self.names.items() if norm in n][:20]

    def nx_ego(self, centre: str) -> nx.Graph:
        dist = {centre: 0}
        frontier = [centre]
        for level in (1, 2):
            nxt = []
            for node in frontier:
                for nb in self.g[node]:
                    if nb not in dist and len(dist) < EGO_CAP:
                        dist[nb] = level
                        nxt.append(nb)
            frontier = nxt
        return self.g.subgraph(dist)

    def nx_path(self, pair: tuple[str, str]) -> int | None:
        try:
            path = nx.shortest_path(self.g, *pair)
        except nx.NetworkXNoPath:
            return None
        return len(path) - 1 if len(path) - 1 <= MAX_HOPS else None


def run_store(name: str, store: GraphStore, w: Workload, n_actors: int, n_relations: int) -> list[str]:
    t0 = time.perf_counter()
    store.clear()
    load_synthetic(store, n_actors, n_relations)
    load_s = time.perf_counter() - t0
    search_t, _ = timed(lambda t: search_actors(store, t), w.search_texts)

    ego_t, balls = timed(lambda c: neighbourhood(store, c, hops=2, max_nodes=EGO_CAP), w.ego_centres)
    edge_t, edge_counts = timed(lambda ball: len(edges_among(store, list(ball))[0]), balls[:EDGE_SAMPLES])
    n_edges = sorted(edge_counts)[len(edge_counts) // 2]
    path_t, hops = timed(lambda p: (find_paths(store, p[0], p[1], max_hops=MAX_HOPS, limit=1) or [{}])[0]
                         .get("hops"), w.pairs)
    expected = [w.nx_path(p) for p in w.pairs]
    mismatches = sum(1 for a, b in zip(hops, expected, strict=True) if a != b)

    def cypher_path(p: tuple[str, str]) -> Any:
        try:
            return run_named(store, "shortest_path", {"source": p[0], "target": p[1], "limit": 1},
                             timeout_s=10).rows
        except QueryTimeout:
            return "timeout"

    cy_t, cy_out = timed(cypher_path, w.pairs[:CYPHER_PATH_SAMPLES])
    timeouts = sum(1 for o in cy_out if o == "timeout")
    return [f"| {name} | search | {summary(search_t)} |",
            f"| {name} | ego 2 hops, cap {EGO_CAP}: actors + distance (`neighbourhood`) | {summary(ego_t)} |",
            f"| {name} | ... every statement among those actors (`edges_among`, {len(edge_t)} centres, "
            f"median {n_edges} rows) "
            f"| {summary(edge_t)} |",
            f"| {name} | shortest path, find_paths (<= {MAX_HOPS} hops) | {summary(path_t)} |",
            f"| {name} | shortest path, allShortestPaths named query ({len(cy_t)} pairs"
            f"{f', {timeouts} timed out at 10 s' if timeouts else ''}) | {summary(cy_t)} |",
            f"<!-- {name}: load {load_s:.1f} s; find_paths vs networkx hop-count mismatches: {mismatches} -->"]


def open_engine(engine: str, stack: ExitStack) -> GraphStore:
    tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix=f"bench-q-{engine}-"))
    if engine == "falkordb":
        store = open_store(f"falkordb-lite://{tmp}", graph="bench_queries", timeout_s=600)
    else:
        uri = os.environ.get("NEO4J_URI")
        if not uri:
            sys.path.insert(0, str(ROOT / "tools" / "neo4j"))
            from server import Neo4jServer  # type: ignore[import-not-found]

            server = Neo4jServer(Path(tmp), port=0, heap=os.environ.get("BENCH_NEO4J_HEAP", "1g"))
            uri = server.start()
            stack.callback(server.stop)
        store = open_store(uri, timeout_s=600)
    stack.callback(store.close)
    return store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks queries", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default=os.environ.get("BENCH_SIZE", "full"))
    parser.add_argument("--engine", default=os.environ.get("BENCH_ENGINES", "falkordb,neo4j"))
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    n_actors, n_relations = SIZES[args.size]
    w = Workload(n_actors, n_relations, args.samples, args.seed)
    lines = [f"read path: {n_actors:,} actors, {n_relations:,} relationships (size {args.size}), "
             f"{args.samples} samples", "", "| engine | operation | median ms | p95 ms |", "|---|---|---:|---:|"]
    search_t, _ = timed(w.nx_search, w.search_texts)
    ego_t, _ = timed(w.nx_ego, w.ego_centres)
    path_t, _ = timed(w.nx_path, w.pairs)
    lines += [f"| networkx (in memory) | search (substring scan) | {summary(search_t)} |",
              f"| networkx (in memory) | ego 2 hops, cap {EGO_CAP} | {summary(ego_t)} |",
              f"| networkx (in memory) | shortest path | {summary(path_t)} |"]
    for engine in [e.strip() for e in args.engine.split(",") if e.strip()]:
        with ExitStack() as stack:
            store = open_engine(engine, stack)
            lines += run_store(store.describe().split(" (")[0], store, w, n_actors, n_relations)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
