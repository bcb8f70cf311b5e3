"""OFAC SDN load benchmark: parse and load the full 2024 list (14,965 listings) into a fresh embedded store,
then run entity resolution over it.

    python -m benchmarks.bench_ofac [--path ../shared/data/ofac/sdn-2024-05-03.csv] [--store URL]

Times parsing alone, parse + load (one transaction per 1,000-listing batch), and ``link_actors`` with a
handful of news actors added. Target: load < 30 s on the reference machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.graph import Actor, Document, open_store  # noqa: E402
from actorgraph.loaders.ofac import OfacReader  # noqa: E402
from actorgraph.loaders.resolve import link_actors  # noqa: E402

DEFAULT_PATH = ROOT.parent / "shared" / "data" / "ofac" / "sdn-2024-05-03.csv"
NEWS = [("Nicolás Maduro", "Person"), ("Diosdado Cabello", "Person"), ("Tareck El Aissami", "Person"),
        ("Donald Trump", "Person"), ("Banco Central de Venezuela", "Organization"),
        ("Hugo Carvajal", "Person"), ("Delcy Rodríguez", "Person"), ("Rosneft", "Organization")]


def run(path: Path, store_url: str | None) -> dict[str, object]:
    t0 = time.perf_counter()
    reader = OfacReader(path)
    extractions = list(reader)
    parse_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(store_url or f"falkordb-lite://{tmp}", graph="bench_ofac")
        store.clear()
        try:
            t0 = time.perf_counter()
            for ex in OfacReader(path):
                store.load_document(ex.document, ex.actors, ex.relations, ex.mentions)
            load_s = time.perf_counter() - t0
            stats = store.stats()
            doc = Document(id="doc:bench-news", title="bench news")
            store.load_document(doc, [Actor(name=n, kind=k) for n, k in NEWS], [])
            t0 = time.perf_counter()
            report = link_actors(store)
            link_s = time.perf_counter() - t0
        finally:
            store.clear()
            store.close()
    return {
        "file": path.name, "listings": reader.listings, "batches": len(extractions),
        "bad_rows": len(reader.errors), "unresolved_links": len(reader.unresolved_links),
        "actors": stats["actors"], "relations": stats["relations"],
        "parse_s": round(parse_s, 2), "parse_and_load_s": round(load_s, 2),
        "link_s": round(link_s, 2), "merges": len(report.merges), "link_comparisons": report.comparisons,
        "merged": [f"{m.absorbed_name} -> {m.canonical} ({m.score}: {m.reason})" for m in report.merges],
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--store", default=None, help="store URL (default: a temporary embedded FalkorDB)")
    args, _ignored = parser.parse_known_args(argv)  # the runner may pass other benchmarks' options
    if not args.path.exists():
        print(f"ofac: skipped ({args.path} not found)")
        return 0
    print(json.dumps(run(args.path, args.store), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
