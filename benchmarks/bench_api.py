"""REST API benchmark: requests/s and latency of actor lookup and 2-hop neighbours over loopback.

    python -m benchmarks api [--size tiny|small|full] [--duration 300] [--clients 4]

Loads the synthetic graph (100,000 actors at full size) into an embedded FalkorDB, starts
``actorgraph serve`` as its own process (one uvicorn worker), then drives it from separate client
processes (httpx, keep-alive, one request in flight per client) for ``--duration`` seconds per
scenario. Latency is measured in the clients (send to last byte). The API server's resident memory
(and the FalkorDB server's) is sampled every second; "drift" is (last - first) / first after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.graph import open_store  # noqa: E402
from benchmarks.synthetic import load_synthetic  # noqa: E402

SIZES = {"tiny": (2_000, 6_000), "small": (10_000, 30_000), "full": (100_000, 300_000)}
GRAPH = "bench_api"
REQUEST_TIMEOUT_S = 120.0


@dataclass
class ScenarioResult:
    name: str
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    p50_ms: float = 0.0
    p90_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0
    api_rss_mb: list[float] = field(default_factory=list)
    engine_rss_mb: list[float] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def drift(self, series: list[float]) -> float:
        """Relative change of memory from the first sample after warm-up (10%) to the last."""
        if len(series) < 3:
            return 0.0
        start = series[max(1, len(series) // 10)]
        return (series[-1] - start) / start if start else 0.0


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def client_worker(base: str, paths: list[str], seconds: float, seed: int, out: Any) -> None:
    """One client: sequential keep-alive requests for ``seconds``; returns latencies and errors."""
    import httpx2 as httpx

    rng = random.Random(seed)
    latencies: list[float] = []
    errors = 0
    with httpx.Client(base_url=base, timeout=REQUEST_TIMEOUT_S) as http:
        deadline = time.perf_counter() + seconds
        while True:
            started = time.perf_counter()
            if started >= deadline:
                break
            try:
                ok = http.get(rng.choice(paths)).status_code == 200
            except httpx.HTTPError:
                ok = False  # a timeout counts as an error, with its full wait as latency
            latencies.append(time.perf_counter() - started)
            errors += not ok
    out.put((latencies, errors))


def run_scenario(name: str, base: str, paths: list[str], seconds: float, clients: int,
                 pids: dict[str, int]) -> ScenarioResult:
    result = ScenarioResult(name)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            try:
                result.api_rss_mb.append(round(rss_mb(pids["api"]), 1))
                if pids.get("engine"):
                    result.engine_rss_mb.append(round(rss_mb(pids["engine"]), 1))
            except OSError:
                return  # the process is gone
            stop.wait(1.0)

    sampler = threading.Thread(target=sample, daemon=True)
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=client_worker, args=(base, paths, seconds, i, queue)) for i in range(clients)]
    started = time.perf_counter()
    sampler.start()
    for p in procs:
        p.start()
    latencies: list[float] = []
    for _ in procs:
        lat, errors = queue.get(timeout=seconds + REQUEST_TIMEOUT_S + 60)
        latencies += lat
        result.errors += errors
    for p in procs:
        p.join()
    result.seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    result.requests = len(latencies)
    if latencies:
        q = statistics.quantiles(latencies, n=100, method="inclusive")
        result.p50_ms, result.p90_ms, result.p99_ms = q[49] * 1000, q[89] * 1000, q[98] * 1000
        result.max_ms = max(latencies) * 1000
    return result


def start_api(store_url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ACTORGRAPH_GRAPH": GRAPH, "ACTORGRAPH_API_KEY": ""}
    cmd = [sys.executable, "-c", "from actorgraph.cli import main; main()", "--store", store_url, "serve", "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning", "--no-access-log"]
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT)
    import httpx2 as httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"actorgraph serve exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/ready", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("actorgraph serve did not become ready within 60 s")


def engine_pid(data_dir: Path) -> int | None:
    """The embedded FalkorDB server's pid (redis-server started on a socket in ``data_dir``)."""
    for proc_dir in Path("/proc").iterdir():
        if not proc_dir.name.isdigit():
            continue
        try:
            cmdline = (proc_dir / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if "redis-server" in cmdline or "falkordb" in cmdline.lower():
            if str(data_dir) in cmdline:
                return int(proc_dir.name)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks api", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", choices=sorted(SIZES), default=os.environ.get("BENCH_SIZE", "full"))
    parser.add_argument("--duration", type=float, default=float(os.environ.get("BENCH_API_DURATION", 300)),
                        help="seconds of load for the actor-lookup scenario (memory is sampled over it)")
    parser.add_argument("--neighbors-duration", type=float, default=None,
                        help="seconds for the 2-hop neighbours scenario (default: min(duration, 60))")
    parser.add_argument("--clients", type=int, default=4, help="client processes (one request in flight each)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON too")
    args = parser.parse_args()
    n_actors, n_relations = SIZES[args.size]
    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-api-") as tmp:
        data_dir = Path(tmp)
        url = f"falkordb-lite://{data_dir}"
        store = open_store(url, graph=GRAPH)
        t0 = time.perf_counter()
        graph = load_synthetic(store, n_actors, n_relations)
        load_s = time.perf_counter() - t0
        rng = random.Random(7)
        ids = rng.sample(graph.ids, min(5_000, len(graph.ids)))
        port = free_port()
        api = start_api(url, port)
        try:
            pids = {"api": api.pid, "engine": engine_pid(data_dir) or 0}
            base = f"http://127.0.0.1:{port}"
            lookups = [f"/actors/{i}" for i in ids]
            hood = [f"/actors/{i}/neighbors?hops=2&max_nodes=500" for i in ids[:1000]]
            run_scenario("warm-up", base, lookups[:500], 5, args.clients, pids)
            results = [
                run_scenario("actor lookup (GET /actors/{id})", base, lookups, args.duration, args.clients, pids),
                run_scenario("2-hop neighbours (GET /actors/{id}/neighbors?hops=2)", base, hood,
                             args.neighbors_duration or min(args.duration, 60), args.clients, pids),
            ]
        finally:
            api.terminate()
            api.wait(timeout=30)
            store.close()
    print(f"API over loopback: {n_actors:,} actors, {n_relations:,} relationships (size {args.size}), "
          f"embedded FalkorDB, 1 uvicorn worker, {args.clients} client processes; graph load {load_s:.0f} s")
    print("| scenario | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms | API RSS MB (first → last, "
          "drift) | FalkorDB RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        api_mem = (f"{r.api_rss_mb[max(1, len(r.api_rss_mb) // 10)]:.0f} → {r.api_rss_mb[-1]:.0f} "
                   f"({r.drift(r.api_rss_mb):+.1%})") if len(r.api_rss_mb) > 2 else "n/a"
        eng_mem = f"{r.engine_rss_mb[-1]:.0f} ({r.drift(r.engine_rss_mb):+.1%})" if len(r.engine_rss_mb) > 2 else "n/a"
        print(f"| {r.name} | {r.requests:,} | {r.errors} | {r.rps:,.0f} | {r.p50_ms:.1f} | {r.p90_ms:.1f} | "
              f"{r.p99_ms:.1f} | {r.max_ms:.0f} | {api_mem} | {eng_mem} |")
    if args.json:
        print(json.dumps([{**asdict(r), "rps": r.rps} for r in results], indent=1))


if __name__ == "__main__":
    main()
