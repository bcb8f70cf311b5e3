"""Network view benchmark: subgraph query, HTML generation, file size, and layout time in Chromium.

    python -m benchmarks viz [--sizes 100,1000,5000] [--repeat 3] [--json FILE]

For each size N a synthetic graph of N actors and 2N relation statements (heavy-tailed degrees, see
``benchmarks/synthetic.py``) is loaded into a fresh embedded FalkorDB graph. Timed: ``whole_graph`` (the
subgraph query with degrees and evidence documents), ``render_html`` (pyvis data + inline page; median of
``--repeat`` runs), the file size, and in headless Chromium (Debian's /usr/bin/chromium) the time from
navigation until vis-network reports ``stabilizationIterationsDone`` and the page switches physics off.
A last row renders the largest graph with the default node cap (1,500) to show what capping buys.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.graph import open_store  # noqa: E402
from actorgraph.queries.subgraph import whole_graph  # noqa: E402
from actorgraph.viz import render_html  # noqa: E402
from benchmarks.synthetic import load_synthetic  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DEFAULT_CAP = 1500


@dataclass
class VizResult:
    actors: int
    statements: int
    drawn_nodes: int
    drawn_edges: int
    cap: int | None
    query_s: float
    render_s: float
    size_mb: float
    iterations: int
    load_to_stable_s: float | None
    stabilize_s: float | None
    budget_hit: bool | None


def browser_timing(path: Path) -> tuple[float | None, float | None, int, int, bool | None]:
    """(navigation → physics off, in-page layout time, drawn nodes, drawn edges, whether the layout hit
    its time budget before its iteration bound) in Chromium."""
    exe = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(exe).is_file():
        print("chromium not found: browser timings skipped (run tools/setup-system.sh)", flush=True)
        return None, None, 0, 0, None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        start = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_function("() => !!(window.actorgraph && window.actorgraph.state.stabilized)",
                               timeout=600_000, polling=50)
        wall = time.perf_counter() - start
        in_page, nodes, edges, cut = page.evaluate(
            "() => [actorgraph.state.stabilizeMs, actorgraph.network.body.nodeIndices.length,"
            " actorgraph.network.body.edgeIndices.length, actorgraph.state.layoutCut]")
        browser.close()
    if errors:
        raise RuntimeError(f"page errors: {errors[:3]}")
    return wall, in_page / 1000.0, nodes, edges, cut


def bench_size(workdir: Path, n: int, repeat: int, cap: int | None, seed: int) -> VizResult:
    store = open_store(f"falkordb-lite://{workdir}", graph=f"viz{n}", timeout_s=600)
    try:
        store.clear()
        load_synthetic(store, n, 2 * n, seed=seed, mentions=False)
        t = time.perf_counter()
        sub = whole_graph(store, max_nodes=cap or 10 * n)
        query_s = time.perf_counter() - t
    finally:
        store.clear()
        store.close()
    renders = []
    html = ""
    for _ in range(repeat):
        t = time.perf_counter()
        html = render_html(sub, title=f"Synthetic {n}", max_nodes=cap or 10 * n)
        renders.append(time.perf_counter() - t)
    path = workdir / f"viz-{n}-{cap or 'all'}.html"
    path.write_text(html, encoding="utf-8")
    data = json.loads(html.split('id="ag-data">', 1)[1].split("</script>", 1)[0])
    wall, in_page, drawn_nodes, drawn_edges, cut = browser_timing(path)
    return VizResult(
        actors=len(sub.nodes) + sub.omitted["nodes"], statements=len(sub.edges) + sub.omitted["edges"],
        drawn_nodes=drawn_nodes, drawn_edges=drawn_edges, cap=cap, query_s=query_s,
        render_s=statistics.median(renders), size_mb=path.stat().st_size / 1e6,
        iterations=data["options"]["physics"]["stabilization"]["iterations"],
        load_to_stable_s=wall, stabilize_s=in_page, budget_hit=cut)


def report(results: list[VizResult]) -> str:
    def s(v: float | None) -> str:
        return "–" if v is None else f"{v:.2f}"

    lines = ["| actors | statements | cap | drawn nodes / edges | whole_graph s | render_html s | file MB | "
             "iterations | open → physics off s | network build + layout s | stopped by time budget |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|"]
    for r in results:
        lines.append(f"| {r.actors:,} | {r.statements:,} | {r.cap or '–'} | {r.drawn_nodes:,} / {r.drawn_edges:,} | "
                     f"{s(r.query_s)} | {s(r.render_s)} | {r.size_mb:.2f} | {r.iterations} | "
                     f"{s(r.load_to_stable_s)} | {s(r.stabilize_s)} | "
                     f"{'–' if r.budget_hit is None else 'yes' if r.budget_hit else 'no'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks viz", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,5000", help="comma-separated actor counts")
    parser.add_argument("--repeat", type=int, default=3, help="render_html runs per size (median reported)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-capped", action="store_true", help="skip the capped run of the largest size")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    results: list[VizResult] = []
    with tempfile.TemporaryDirectory(prefix="bench-viz-") as tmp:
        runs: list[tuple[int, int | None]] = [(n, None) for n in sizes]
        if not args.no_capped and max(sizes) > DEFAULT_CAP:
            runs.append((max(sizes), DEFAULT_CAP))
        for n, cap in runs:
            print(f"... {n} actors" + (f", cap {cap}" if cap else ""), flush=True)
            results.append(bench_size(Path(tmp), n, args.repeat, cap, args.seed))
    print(report(results))
    if args.json:
        payload: dict[str, Any] = {"results": [asdict(r) for r in results]}
        args.json.write_text(json.dumps(payload, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
