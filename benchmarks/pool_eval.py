"""Score the extractor on several annotated sets at once: per set, pooled, and what was missed or invented.

Rounds of extractor work keep a change only when it helps on sets written by different people, so this
pools them. Sets are named one by one (never a glob: blind sets must not be reached by accident).

    python -m benchmarks.pool_eval [--sets corpus_fresh corpus_blind2 ...] [--misses|--fps|--anatomy|--by-type|--actors]
                                   [--type ACCUSES] [--sentences]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from benchmarks.eval_extraction import (
    DocResult,
    Score,
    corpus_pairs,
    load_article,
    match_actors,
    score_document,
)

ROOT = Path(__file__).resolve().parent
# Sets free to read while working on the extractor. corpus_blind10 to corpus_blind21 were held out until
# rounds twenty-six to thirty-one (their READMEs give their last blind scores); corpus_blind22 and later stay blind.
DEV_SETS = ("corpus_fresh", "corpus_blind2", "corpus_blind3", "corpus_blind4", "corpus_blind5",
            "corpus_blind6", "corpus_blind7", "corpus_blind8", "corpus_blind9", "corpus_blind10",
            "corpus_blind11", "corpus_blind12", "corpus_blind13", "corpus_blind14",
            "corpus_blind15", "corpus_blind16", "corpus_blind17", "corpus_blind18", "corpus_blind19",
            "corpus_blind20", "corpus_blind21")


def _triple(line: str) -> tuple[str, str, str]:
    """``"A -TYPE-> B [status]"`` (eval_extraction's missed/spurious lines) as (A, TYPE, B)."""
    source, rest = line.split(" -", 1)
    rel, target = rest.split("-> ", 1)
    return source, rel, target.rsplit(" [", 1)[0]


def score_sets(sets: list[str]) -> dict[str, list[DocResult]]:
    from actorgraph.loaders.extractors import get_extractor

    extractor = get_extractor("rules")
    out: dict[str, list[DocResult]] = {}
    for name in sets:
        corpus = ROOT / name
        if not corpus.is_dir():
            raise SystemExit(f"error: no set {corpus}")
        out[name] = [score_document(txt.stem, extractor.extract(load_article(txt)),
                                    yaml.safe_load(gold.read_text(encoding="utf-8")))
                     for txt, gold in corpus_pairs(corpus)]
    return out


def _line(label: str, s: Score) -> str:
    return (f"{label:16} tp {s.tp:4} fp {s.fp:4} fn {s.fn:4}  "
            f"P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")


def print_summary(results: dict[str, list[DocResult]]) -> None:
    pooled = Score()
    for name, docs in results.items():
        s = Score(sum(d.relations.tp for d in docs), sum(d.relations.fp for d in docs),
                  sum(d.relations.fn for d in docs))
        pooled.tp, pooled.fp, pooled.fn = pooled.tp + s.tp, pooled.fp + s.fp, pooled.fn + s.fn
        print(_line(name, s))
    print(_line(f"POOLED({len(results)})", pooled))


def _key_word(name: str) -> str:
    words = [w for w in re.findall(r"[A-Z][\w'-]+", name) if w not in ("The", "Of")]
    return words[-1] if words else name


def _sentences_with(name: str, doc: str, source: str, target: str) -> list[str]:
    """The sentences of the article that name both parties (by the last capitalised word of each name)."""
    text = (ROOT / name / f"{doc}.txt").read_text(encoding="utf-8").split("---", 2)[-1]
    a, b = _key_word(source), _key_word(target)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if a in s and b in s]


def print_lines(results: dict[str, list[DocResult]], which: str, rel_type: str | None,
                sentences: bool = False) -> None:
    for name, docs in results.items():
        for d in docs:
            predicted = {(s, t): r for s, r, t in map(_triple, d.spurious)}
            for line in (d.missed if which == "misses" else d.spurious):
                s, r, t = _triple(line)
                if rel_type and r != rel_type:
                    continue
                note = ""
                if which == "misses":
                    other = predicted.get((s, t)) or (f"rev:{predicted[(t, s)]}" if (t, s) in predicted else None)
                    note = f"   (found as {other})" if other else ""
                print(f"{name}/{d.name}: {line}{note}")
                if sentences:
                    for sent in _sentences_with(name, d.name, s, t)[:2]:
                        print(f"      > {sent[:400]}")


def print_anatomy(results: dict[str, list[DocResult]]) -> None:
    """Gold type -> the type the extractor gave the same pair instead (either way round)."""
    confusion: Counter[tuple[str, str]] = Counter()
    for docs in results.values():
        for d in docs:
            predicted = {(s, t): r for s, r, t in map(_triple, d.spurious)}
            for s, r, t in map(_triple, d.missed):
                other = predicted.get((s, t)) or (f"rev:{predicted[(t, s)]}" if (t, s) in predicted else None)
                confusion[(r, other or "-")] += 1
    for (gold, found), n in confusion.most_common(60):
        print(f"{n:4}  {gold:18} found as {found}")


def print_by_type(results: dict[str, list[DocResult]]) -> None:
    """Per gold type: how many were found, out of how many, and how many spurious relations of that type."""
    gold: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for name, docs in results.items():
        for d in docs:
            missed.update(_triple(m)[1] for m in d.missed)
            spurious.update(_triple(s)[1] for s in d.spurious)
        for _, gold_path in corpus_pairs(ROOT / name):
            relations = yaml.safe_load(gold_path.read_text(encoding="utf-8")).get("relations") or []
            gold.update(gr["type"] for gr in relations)
    print(f"{'type':18} {'found/gold':>11} {'spurious':>9}")
    for rel, total in gold.most_common():
        print(f"{rel:18} {total - missed[rel]:5}/{total:<5} {spurious[rel]:9}")


def print_actor_errors(sets: list[str]) -> None:
    """Per set and pooled actor P/R/F1, then each gold actor missed (or found as another kind) and each
    extracted actor the gold does not have."""
    from actorgraph.loaders.extractors import get_extractor

    extractor = get_extractor("rules")
    pooled = Score()
    lines: list[str] = []
    for name in sets:
        per_set = Score()
        for txt, gold_path in corpus_pairs(ROOT / name):
            gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
            extraction = extractor.extract(load_article(txt))
            score = Score()
            to_gold = match_actors(extraction, gold, score)
            for total in (per_set, pooled):
                total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
            kind_of = {to_gold[a.id]: a.kind for a in extraction.actors if a.id in to_gold}
            for ga in gold.get("actors") or []:
                if ga["name"] not in kind_of:
                    lines.append(f"missed   {name}/{txt.stem}: {ga['name']} ({ga['kind']})")
                elif kind_of[ga["name"]] != ga["kind"]:
                    lines.append(f"kind     {name}/{txt.stem}: {ga['name']} (gold {ga['kind']}, "
                                 f"found {kind_of[ga['name']]})")
            lines += [f"spurious {name}/{txt.stem}: {a.name} ({a.kind})" for a in extraction.actors
                      if a.id not in to_gold]
        print(_line(name, per_set))
    print(_line(f"POOLED({len(sets)})", pooled))
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(DEV_SETS), help="set directories under benchmarks/")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--misses", action="store_true", help="gold relations not found")
    mode.add_argument("--fps", action="store_true", help="relations found that the gold does not have")
    mode.add_argument("--anatomy", action="store_true", help="missed gold types against the type found instead")
    mode.add_argument("--by-type", action="store_true", help="recall and spurious count per relation type")
    mode.add_argument("--actors", action="store_true", help="actor scores, then actors missed, mis-kinded, spurious")
    ap.add_argument("--type", help="only this relation type (with --misses/--fps)")
    ap.add_argument("--sentences", action="store_true",
                    help="with --misses/--fps: the sentences that name both parties")
    args = ap.parse_args(argv)
    if args.actors:
        print_actor_errors(args.sets)
        return 0
    results = score_sets(args.sets)
    if args.misses or args.fps:
        print_lines(results, "misses" if args.misses else "fps", args.type, args.sentences)
    elif args.anatomy:
        print_anatomy(results)
    elif args.by_type:
        print_by_type(results)
    else:
        print_summary(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
