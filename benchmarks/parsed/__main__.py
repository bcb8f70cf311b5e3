"""Score the rules alone and the rules plus the dependency-parse relations on named sets.

    python -m benchmarks.parsed --sets corpus_fresh corpus_blind2 ... [--added]

``--added`` prints each relation the parse added, marked ``+`` when it matches the gold and ``-`` when not.
Name every set explicitly: a set scored here is no longer blind.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from benchmarks.eval_extraction import DocResult, Score, corpus_pairs, load_article, score_document

ROOT = Path(__file__).resolve().parent.parent


def _score(results: list[DocResult]) -> str:
    total = Score()
    status = date = 0
    for r in results:
        total.tp, total.fp, total.fn = total.tp + r.relations.tp, total.fp + r.relations.fp, total.fn + r.relations.fn
        status, date = status + r.status_ok, date + r.date_ok
    return (f"tp {total.tp:4} fp {total.fp:4} fn {total.fn:4}  P {total.precision:.3f} R {total.recall:.3f} "
            f"F1 {total.f1:.3f}  status {status / max(total.tp, 1):.3f} date {date / max(total.tp, 1):.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", required=True)
    ap.add_argument("--added", action="store_true", help="print the relations the parse added")
    args = ap.parse_args(argv)
    from benchmarks.parsed.extractor import ParsedExtractor

    parsed = ParsedExtractor()
    rules_results: list[DocResult] = []
    parsed_results: list[DocResult] = []
    for name in args.sets:
        for txt, gold_path in corpus_pairs(ROOT / name):
            gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
            document = load_article(txt)
            rules_results.append(score_document(txt.stem, parsed.rules.extract(document), gold))
            extraction = parsed.extract(document)
            result = score_document(txt.stem, extraction, gold)
            parsed_results.append(result)
            if args.added:
                names = {a.id: a.name for a in extraction.actors}
                wrong = set(result.spurious)
                for r in extraction.relations:
                    if r.properties.get("extractor") != "parsed":
                        continue
                    line = f"{names[r.source]} -{r.type}-> {names[r.target]}"
                    mark = "-" if any(s.endswith(f"-{r.type}-> {names[r.target]}") for s in wrong) else "+"
                    print(f"{mark} {name}/{txt.stem}: {line} [{r.status.value}] ({r.properties['trigger']})")
    print(f"rules          {_score(rules_results)}")
    print(f"rules + parse  {_score(parsed_results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
