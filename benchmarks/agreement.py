"""Inter-annotator agreement: score a second, independent annotation of a corpus against its gold files.

The second annotation is scored exactly as the extractor is (``eval_extraction.score_document``: the same
actor matching, a relation counts when source, type and target match), so its F1 is the ceiling that a
human following the same written conventions reaches — the yardstick for the extractor's own numbers.

    python -m benchmarks.agreement --corpus benchmarks/corpus_blind6 --second benchmarks/agreement/blind6 [--verbose]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from actorgraph.graph.model import Actor, Evidence, Relation
from actorgraph.loaders.base import Extraction
from benchmarks.eval_extraction import DocResult, corpus_pairs, score_document, summarise


def annotation_as_extraction(annotation: dict[str, Any], source: str) -> Extraction:
    """A gold-format annotation as if an extractor had produced it (every relation with its own evidence)."""
    actors = {a["name"]: Actor(name=a["name"], kind=a["kind"]) for a in annotation.get("actors") or []}
    relations = []
    for i, r in enumerate(annotation.get("relations") or []):
        missing = [side for side in ("source", "target") if r.get(side) not in actors]
        if missing:
            raise ValueError(f"{source}: relation {i + 1}: {missing[0]} {r.get(missing[0])!r} is not among its actors")
        date = r.get("date")
        relations.append(Relation(
            source=actors[r["source"]].id, type=r["type"], target=actors[r["target"]].id,
            status=r.get("status") or "asserted",
            date=dt.date.fromisoformat(date) if isinstance(date, str) else date,
            evidence=Evidence(document_id=source),
        ))
    return Extraction(document=None, actors=list(actors.values()), relations=relations)


def agreement(corpus: Path, second: Path) -> tuple[list[DocResult], dict[str, Any]]:
    results: list[DocResult] = []
    by_type: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for txt, gold_path in corpus_pairs(corpus):
        other = second / gold_path.name
        if not other.exists():
            continue
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        result = score_document(txt.stem, annotation_as_extraction(yaml.safe_load(other.read_text(encoding="utf-8")),
                                                                    str(other)), gold)
        results.append(result)
        for line in result.missed:
            by_type[line.split(" -", 1)[1].split("-> ", 1)[0]]["only_first"] += 1
        for line in result.spurious:
            by_type[line.split(" -", 1)[1].split("-> ", 1)[0]]["only_second"] += 1
    summary = summarise(results)
    summary["status_agreement"] = summary.pop("status_accuracy")
    summary["date_agreement"] = summary.pop("date_accuracy")
    summary["disagreements_by_type"] = {t: dict(c) for t, c in sorted(by_type.items(), key=lambda kv: -sum(kv[1].values()))}
    return results, summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="directory with the articles and first gold files")
    ap.add_argument("--second", type=Path, required=True, help="directory with the second annotation's gold files")
    ap.add_argument("--verbose", action="store_true", help="list the relations only one annotator recorded")
    args = ap.parse_args(argv)
    try:
        results, summary = agreement(args.corpus, args.second)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not results:
        print(f"error: no file in {args.second} has a counterpart among {args.corpus}'s gold files", file=sys.stderr)
        return 2
    if args.verbose:
        for r in results:
            for line in r.missed:
                print(f"{r.name}: only first:  {line}")
            for line in r.spurious:
                print(f"{r.name}: only second: {line}")
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
