"""Matched relations whose date or status differs from gold, with the evidence sentence, for finding the causes
of wrong dates and statuses.

    python -m benchmarks.date_status_errors benchmarks/corpus_fresh benchmarks/corpus_blind2 [--dates|--status]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

import yaml

from actorgraph.graph.registry import ontology
from actorgraph.loaders.extractor import RuleBasedExtractor
from benchmarks.eval_extraction import corpus_pairs, load_article, match_actors


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def matched(corpus: Path) -> list[dict[str, Any]]:
    """One row per gold relation the extractor matched (same choice of prediction as the evaluation)."""
    extractor, types, rows = RuleBasedExtractor(), ontology(), []
    for txt, gold_path in corpus_pairs(corpus):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        doc = load_article(txt)
        ext = extractor.extract(doc)
        p2g = match_actors(ext, gold)
        predicted: dict[tuple[str, str, str], Any] = {}
        for r in ext.relations:
            key = (p2g.get(r.source, r.source), r.type, p2g.get(r.target, r.target))
            if key not in predicted or predicted[key].confidence < r.confidence:
                predicted[key] = r
        for gr in gold.get("relations") or []:
            key = (gr["source"], gr["type"], gr["target"])
            cands = [key] if types.relation_type(gr["type"]).directed else [key, (key[2], key[1], key[0])]
            hit = next((k for k in cands if k in predicted), None)
            if hit is None:
                continue
            rel = predicted.pop(hit)
            rows.append({"doc": txt.stem, "published": _iso(doc.published), "key": key,
                         "gold_date": _iso(gr.get("date")), "date": _iso(rel.date),
                         "gold_status": gr.get("status") or "asserted", "status": rel.status.value,
                         "sentence": rel.evidence.sentence, "trigger": rel.properties.get("trigger"),
                         "inferred": bool(rel.properties.get("date_inferred"))})
    return rows


def compare(corpora: list[Path], before: dict[str, list[dict[str, Any]]]) -> None:
    """Per set: matched relations before/after (must not change), dates and statuses fixed and broken."""
    for corpus in corpora:
        old = {(r["doc"], *r["key"]): r for r in before[corpus.name]}
        new = {(r["doc"], *r["key"]): r for r in matched(corpus)}
        line = [f"{corpus.name}: matched {len(old)}->{len(new)}{'' if old.keys() == new.keys() else ' CHANGED'}"]
        for field in ("date", "status"):
            fixed = broken = 0
            for k in old.keys() & new.keys():
                was, now = old[k][field] == old[k]["gold_" + field], new[k][field] == new[k]["gold_" + field]
                fixed += now and not was
                broken += was and not now
                if was != now or old[k][field] != new[k][field]:
                    print(f"  {field} {'FIXED' if now and not was else 'BROKEN' if was and not now else 'wrong->wrong'}"
                          f" {k} gold={new[k]['gold_' + field]} {old[k][field]}->{new[k][field]}")
            line.append(f"{field} +{fixed} -{broken}")
        print(", ".join(line))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--dates", action="store_true")
    ap.add_argument("--status", action="store_true")
    ap.add_argument("--save", type=Path, help="write every matched row (JSON) for a later --compare")
    ap.add_argument("--compare", type=Path, help="count dates/statuses made right and made wrong since --save")
    args = ap.parse_args()
    if args.compare:
        compare(args.corpora, json.loads(args.compare.read_text()))
        return
    if args.save:
        args.save.write_text(json.dumps({c.name: matched(c) for c in args.corpora}, default=list))
        return
    for corpus in args.corpora:
        rows = matched(corpus)
        d_ok = sum(r["gold_date"] == r["date"] for r in rows)
        s_ok = sum(r["gold_status"] == r["status"] for r in rows)
        print(f"## {corpus.name}: matched {len(rows)}, date right {d_ok}, status right {s_ok}")
        for r in rows:
            bad_d = r["gold_date"] != r["date"] and not args.status
            bad_s = r["gold_status"] != r["status"] and not args.dates
            if not (bad_d or bad_s):
                continue
            what = []
            if bad_d:
                what.append(f"date gold={r['gold_date']} got={r['date']}{' (inferred)' if r['inferred'] else ''}")
            if bad_s:
                what.append(f"status gold={r['gold_status']} got={r['status']}")
            print(f"- {r['doc']} pub={r['published']} {' -'.join(r['key'])} trig={r['trigger']!r}: {'; '.join(what)}")
            print(f"    {r['sentence']}")


if __name__ == "__main__":
    main()
