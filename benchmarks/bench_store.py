"""Store write-path benchmark: batched upserts of the synthetic graph vs a naive one-query-per-edge client.

    python -m benchmarks store [--size small|full] [--engine falkordb,neo4j] [--batch-size N]

For each engine: load the synthetic actors and documents, time a naive client that sends one
MATCH/MATCH/MERGE query per relationship over a slice (then remove it again), then time the batched
``upsert_relations`` for the whole relation set and the mention edges. Only store calls are timed:
model objects are generated (untimed) one batch ahead. Peak memory is ru_maxrss for this process and
VmHWM for the engine's server process (redis-server of the embedded FalkorDB, the Neo4j JVM).
Neo4j is started from tools/neo4j unless NEO4J_URI is set (then its memory is not measured).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.graph import GraphStore, Relation, ontology, open_store  # noqa: E402
from actorgraph.graph.cypher import relation_row  # noqa: E402
from benchmarks.synthetic import synthetic_graph  # noqa: E402

SLICE_BATCHES = 8
SIZES = {"tiny": (2_000, 6_000, 500), "small": (10_000, 30_000, 2_000), "full": (100_000, 300_000, 5_000)}
T = TypeVar("T")


@dataclass
class EngineResult:
    engine: str
    actors: int = 0
    relations: int = 0
    mentions: int = 0
    actor_s: float = 0.0
    relation_s: float = 0.0
    document_s: float = 0.0
    mention_s: float = 0.0
    naive_n: int = 0
    naive_s: float = 0.0
    server_peak_mb: float | None = None
    relation_server_cpu_s: float | None = None
    relation_client_cpu_s: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def actors_per_s(self) -> float:
        return self.actors / self.actor_s if self.actor_s else 0.0

    @property
    def relations_per_s(self) -> float:
        return self.relations / self.relation_s if self.relation_s else 0.0

    @property
    def naive_per_s(self) -> float:
        return self.naive_n / self.naive_s if self.naive_s else 0.0


def proc_peak_mb(pid: int) -> float | None:
    """Peak resident set (VmHWM) of a process, in MiB; None if it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def proc_cpu_s(pid: int | None) -> float | None:
    """User + system CPU seconds a process (all its threads) has used; None if unreadable."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def self_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed_batches(items: Iterable[T], size: int, write: Callable[[list[T]], Any]) -> tuple[int, float, float]:
    """Feed ``items`` to ``write`` in slices of ``size`` objects built beforehand; time only the writes.

    A slice holds several store batches, so the store's pipelining (next batch encoded while the
    engine writes the current one) is measured, while memory stays bounded by the slice.
    Returns (items, wall seconds, this process's CPU seconds) spent in ``write``.
    """
    it: Iterator[T] = iter(items)
    n, elapsed, cpu = 0, 0.0, 0.0
    while chunk := list(islice(it, size)):
        started, cpu_started = time.perf_counter(), time.process_time()
        write(chunk)
        elapsed += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        n += len(chunk)
    return n, elapsed, cpu


def naive_load(store: GraphStore, relations: list[Relation]) -> float:
    """One parameterised MATCH/MATCH/MERGE query per relationship, the way a naive client writes."""
    label = ontology().actor_label
    started = time.perf_counter()
    for rel in relations:
        row = relation_row(rel)
        store.execute(
            f"MATCH (a:{label} {{id: $source}}) MATCH (b:{label} {{id: $target}}) "
            f"MERGE (a)-[r:{rel.type} {{id: $id}}]->(b) SET r += $props",
            {"source": row["source"], "target": row["target"], "id": row["id"], "props": row["props"]})
    return time.perf_counter() - started


def delete_relations(store: GraphStore, relations: list[Relation]) -> None:
    ids = [r.id for r in relations]
    for i in range(0, len(ids), 1000):
        store.execute("MATCH ()-[r]->() WHERE r.id IN $ids DELETE r", {"ids": ids[i:i + 1000]})


def run_engine(name: str, store: GraphStore, size: str, batch_size: int, seed: int,
               check_endpoints: bool, server_pid: int | None) -> EngineResult:
    n_actors, n_relations, n_naive = SIZES[size]
    graph = synthetic_graph(n_actors, n_relations, seed)
    res = EngineResult(name)
    slice_size = SLICE_BATCHES * batch_size
    res.actors, res.actor_s, _ = timed_batches(graph.actors(), slice_size,
                                            lambda b: store.upsert_actors(b, batch_size))
    _, res.document_s, _ = timed_batches(graph.documents(), slice_size,
                                      lambda b: store.upsert_documents(b, batch_size))
    sample = list(islice(graph.relations(), n_naive))
    res.naive_n, res.naive_s = len(sample), naive_load(store, sample)
    delete_relations(store, sample)
    if store.stats()["relations"]:
        raise RuntimeError("naive slice was not removed before the batched load")
    server_cpu = proc_cpu_s(server_pid)
    res.relations, res.relation_s, res.relation_client_cpu_s = timed_batches(
        graph.relations(), slice_size,
        lambda b: store.upsert_relations(b, batch_size, check_endpoints=check_endpoints))
    if server_cpu is not None and (after := proc_cpu_s(server_pid)) is not None:
        res.relation_server_cpu_s = after - server_cpu
    res.mentions, res.mention_s, _ = timed_batches(graph.mentions(), slice_size,
                                                lambda b: store.upsert_mentions(b, batch_size))
    stats = store.stats()
    if (stats["actors"], stats["relations"]) != (res.actors, res.relations):
        raise RuntimeError(f"stored counts {stats['actors']}/{stats['relations']} differ from the input")
    return res


def bench_falkordb(size: str, batch_size: int, seed: int, check_endpoints: bool) -> EngineResult:
    with tempfile.TemporaryDirectory(prefix="bench-falkordb-") as tmp:
        store = open_store(f"falkordb-lite://{tmp}", graph="bench", timeout_s=600)
        try:
            pid = int((Path(tmp) / "redis.pid").read_text().strip())
            res = run_engine("falkordb (embedded)", store, size, batch_size, seed, check_endpoints, pid)
            res.server_peak_mb = proc_peak_mb(pid)
        finally:
            store.close()
    return res


def bench_neo4j(size: str, batch_size: int, seed: int, check_endpoints: bool) -> EngineResult:
    with ExitStack() as stack:
        uri, server = os.environ.get("NEO4J_URI"), None
        if not uri:
            sys.path.insert(0, str(ROOT / "tools" / "neo4j"))
            from server import Neo4jServer  # type: ignore[import-not-found]

            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-neo4j-"))
            server = Neo4jServer(Path(tmp), port=0, heap=os.environ.get("BENCH_NEO4J_HEAP", "1g"))
            uri = server.start()
            stack.callback(server.stop)
        store = open_store(uri, timeout_s=600)
        stack.callback(store.close)
        if server is None:
            store.clear()
        pid = server.proc.pid if server is not None and server.proc is not None else None
        res = run_engine("neo4j 5.26", store, size, batch_size, seed, check_endpoints, pid)
        if server is not None and server.proc is not None:
            res.server_peak_mb = proc_peak_mb(server.proc.pid)
        else:
            res.notes.append("external server (NEO4J_URI): memory not measured")
    return res


def report(results: list[EngineResult], size: str, batch_size: int, check_endpoints: bool) -> str:
    n_actors, n_relations, n_naive = SIZES[size]
    lines = [f"store write path: {n_actors:,} actors, {n_relations:,} relationships with evidence "
             f"(size {size}, batch {batch_size:,}, endpoint check {'on' if check_endpoints else 'off'}); "
             f"naive slice {n_naive:,} relationships", "",
             "| engine | actors/s | relationships/s | mentions/s | naive rel/s | batched / naive "
             "| server peak MiB |", "|---|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        ratio = r.relations_per_s / r.naive_per_s if r.naive_per_s else 0.0
        peak = f"{r.server_peak_mb:,.0f}" if r.server_peak_mb is not None else "n/a"
        mps = r.mentions / r.mention_s if r.mention_s else 0.0
        lines.append(f"| {r.engine} | {r.actors_per_s:,.0f} | {r.relations_per_s:,.0f} | {mps:,.0f} | "
                     f"{r.naive_per_s:,.0f} | {ratio:,.1f}x | {peak} |")
        if r.relation_server_cpu_s is not None and r.relations:
            lines.append(f"  {r.engine}: relationship load {r.relation_s:.1f} s wall; CPU per relationship "
                         f"{r.relation_server_cpu_s / r.relations * 1e6:.0f} us engine + "
                         f"{r.relation_client_cpu_s / r.relations * 1e6:.0f} us client (pipelined)")
        lines += [f"  note ({r.engine}): {n}" for n in r.notes]
    lines.append(f"\nPython process peak RSS: {self_peak_mb():,.0f} MiB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks store", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default=os.environ.get("BENCH_SIZE", "full"))
    parser.add_argument("--engine", default=os.environ.get("BENCH_ENGINES", "falkordb,neo4j"),
                        help="comma-separated: falkordb, neo4j")
    parser.add_argument("--batch-size", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-endpoint-check", action="store_true",
                        help="skip upsert_relations' per-batch lookup of unknown endpoints")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    runners = {"falkordb": bench_falkordb, "neo4j": bench_neo4j}
    results = []
    for name in [e.strip() for e in args.engine.split(",") if e.strip()]:
        if name not in runners:
            parser.error(f"unknown engine {name!r}")
        print(f"... {name}", flush=True)
        try:
            results.append(runners[name](args.size, args.batch_size, args.seed, not args.no_endpoint_check))
        except Exception as err:  # one engine failing (e.g. no Java) must not hide the other's numbers
            print(f"{name}: skipped ({type(err).__name__}: {err})", flush=True)
    print(report(results, args.size, args.batch_size, not args.no_endpoint_check))
    if args.json:
        args.json.write_text(json.dumps({"size": args.size, "python_peak_mb": self_peak_mb(), "engines": [
            {**asdict(r), "relations_per_s": r.relations_per_s, "actors_per_s": r.actors_per_s,
             "naive_per_s": r.naive_per_s} for r in results]}, indent=2))
    return 0 if results else 1


if __name__ == "__main__":
    raise SystemExit(main())
