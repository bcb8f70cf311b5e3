"""Evaluate the rule-based extractor against the hand-annotated corpus in ``benchmarks/corpus``.

Actors match by normalised name (aliases and short forms tolerated: one name's words contained in the
other's) and kind; relations match when source, type and target match (either way for symmetric types).
Status and date accuracy are measured on matched relations.

    python -m benchmarks.eval_extraction [--json] [--verbose] [--corpus DIR] [--extractor NAME]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from actorgraph.errors import ActorGraphError, ExtractorResponseError
from actorgraph.graph.model import Document, normalize_name
from actorgraph.graph.registry import ontology
from actorgraph.loaders.base import Extraction, Extractor

CORPUS = Path(__file__).resolve().parent / "corpus"


def load_article(path: Path) -> Document:
    """A corpus article: YAML front matter (title, published, source) then the body text."""
    raw = path.read_text(encoding="utf-8")
    meta: dict[str, Any] = {}
    if raw.startswith("---"):
        _, front, raw = raw.split("---", 2)
        meta = yaml.safe_load(front) or {}
        raw = raw.lstrip("\n")
    published = meta.get("published")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return Document(text=raw, title=meta.get("title"), source=meta.get("source"), published=published,
                    path=str(path))


def corpus_pairs(corpus: Path = CORPUS) -> list[tuple[Path, Path]]:
    pairs = []
    for txt in sorted(corpus.glob("*.txt")):
        gold = txt.with_suffix(".gold.yaml")
        if gold.exists():
            pairs.append((txt, gold))
    return pairs


def _words(name: str) -> set[str]:
    return set(normalize_name(name).split())


def names_match(gold: str, predicted: list[str]) -> bool:
    g = normalize_name(gold)
    gw = _words(gold)
    for p in predicted:
        n = normalize_name(p)
        if not n:
            continue
        pw = set(n.split())
        if n == g or (gw and pw and (gw <= pw or pw <= gw)):
            return True
    return False


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class DocResult:
    name: str
    actors: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    status_ok: int = 0
    date_ok: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


def match_actors(extraction: Extraction, gold: dict[str, Any], score: Score | None = None) -> dict[str, str]:
    """One-to-one matching of extracted actors to gold actors on name and kind: extracted actor id -> gold
    name. Actors of the gold kind are matched first; within a kind exact names (or aliases) come before the
    looser word-subset match of ``names_match``, so that an extracted "European Union" is not taken for a gold
    "Council of the European Union" listed before the gold "European Union". A name found under another kind
    still maps (its relations can match) but counts as missed in ``score``; extracted actors left over count
    as spurious."""
    score = score if score is not None else Score()
    pred_to_gold: dict[str, str] = {}
    free = {a.id: a for a in extraction.actors}
    gold_actors = gold.get("actors") or []
    hits: dict[int, tuple[Any, bool]] = {}

    def exact(ga: dict[str, Any], a: Any) -> bool:
        return normalize_name(ga["name"]) in {normalize_name(n) for n in (a.name, *a.aliases)}

    def loose(ga: dict[str, Any], a: Any) -> bool:
        return names_match(ga["name"], [a.name, *a.aliases])

    for of_kind in (True, False):
        for same in (exact, loose):
            for i, ga in enumerate(gold_actors):
                if i in hits:
                    continue
                hit = next((a for a in free.values() if (a.kind == ga["kind"]) == of_kind and same(ga, a)), None)
                if hit is not None:
                    hits[i] = (hit, of_kind)
                    del free[hit.id]
    for i, ga in enumerate(gold_actors):
        hit, of_kind = hits.get(i, (None, False))
        if of_kind:
            score.tp += 1
        else:
            score.fn += 1
        if hit is not None:
            pred_to_gold[hit.id] = ga["name"]
    score.fp += len(free)
    return pred_to_gold


def score_document(name: str, extraction: Extraction, gold: dict[str, Any]) -> DocResult:
    res = DocResult(name)
    pred_to_gold = match_actors(extraction, gold, res.actors)
    # relations: unique (source, type, target) triples
    types = ontology()
    predicted: dict[tuple[str, str, str], Any] = {}
    for r in extraction.relations:
        s = pred_to_gold.get(r.source, r.source)
        t = pred_to_gold.get(r.target, r.target)
        key = (s, r.type, t)
        if key not in predicted or predicted[key].confidence < r.confidence:
            predicted[key] = r
    for gr in gold.get("relations") or []:
        key = (gr["source"], gr["type"], gr["target"])
        cands = [key]
        if not types.relation_type(gr["type"]).directed:
            cands.append((gr["target"], gr["type"], gr["source"]))
        hit_key = next((k for k in cands if k in predicted), None)
        if hit_key is None:
            res.relations.fn += 1
            res.missed.append(f"{key[0]} -{key[1]}-> {key[2]} [{gr.get('status')}]")
            continue
        rel = predicted.pop(hit_key)
        res.relations.tp += 1
        res.status_ok += rel.status.value == (gr.get("status") or "asserted")
        gold_date = gr.get("date")
        gold_date = gold_date.isoformat() if isinstance(gold_date, dt.date) else gold_date
        res.date_ok += (rel.date.isoformat() if rel.date else None) == gold_date
    res.relations.fp += len(predicted)
    res.spurious = [f"{k[0]} -{k[1]}-> {k[2]}" for k in predicted]
    return res


def in_split(name: str, split: str) -> bool:
    number = int(name.split("-", 1)[0]) if name[:2].isdigit() else 0
    return split == "all" or (split == "dev") == (number <= 15)


def _extract_or_empty(extractor: Extractor, doc: Document) -> Extraction:
    """An extractor's unusable answer for one article scores as an empty extraction (all gold missed)."""
    try:
        return extractor.extract(doc)
    except ExtractorResponseError as err:
        print(f"warning: {doc.path}: {err}; scored as an empty extraction", file=sys.stderr)
        return Extraction(document=doc)


def evaluate(corpus: Path = CORPUS, split: str = "all",
             extractor_name: str = "rules") -> tuple[list[DocResult], dict[str, Any]]:
    from actorgraph.loaders.extractors import get_extractor

    extractor = get_extractor(extractor_name)  # "llm" needs ACTORGRAPH_LLM_BASE_URL and ACTORGRAPH_LLM_MODEL
    results = []
    for txt, gold_path in corpus_pairs(corpus):
        if not in_split(txt.stem, split):
            continue
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        extraction = _extract_or_empty(extractor, load_article(txt))
        results.append(score_document(txt.stem, extraction, gold))
    return results, {"split": split, **summarise(results)}


def summarise(results: list[DocResult]) -> dict[str, Any]:
    """Micro-averaged actor and relation scores over documents, status and date accuracy on matched relations."""
    actors, relations = Score(), Score()
    for r in results:
        for total, part in ((actors, r.actors), (relations, r.relations)):
            total.tp += part.tp
            total.fp += part.fp
            total.fn += part.fn
    matched = relations.tp or 1
    return {
        "documents": len(results),
        "actors": actors.as_dict(),
        "relations": relations.as_dict(),
        "status_accuracy": round(sum(r.status_ok for r in results) / matched, 3),
        "date_accuracy": round(sum(r.date_ok for r in results) / matched, 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--verbose", action="store_true", help="list missed and spurious relations per document")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--extractor", default="rules",
                    help="extractor by name (default rules; llm needs ACTORGRAPH_LLM_BASE_URL and _MODEL)")
    ap.add_argument("--split", choices=["all", "dev", "test"], default="all",
                    help="dev = documents 01-15 (used while writing the rules), test = 16-25 (held out)")
    args = ap.parse_args(argv)
    try:
        results, summary = evaluate(args.corpus, args.split, args.extractor)
    except ActorGraphError as err:  # an unknown or unconfigured extractor, an unreachable endpoint
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(f"{'document':40} {'actor P':>8} {'actor R':>8} {'rel P':>7} {'rel R':>7} {'rel F1':>7}")
    for r in results:
        print(f"{r.name:40} {r.actors.precision:8.2f} {r.actors.recall:8.2f} {r.relations.precision:7.2f} "
              f"{r.relations.recall:7.2f} {r.relations.f1:7.2f}")
        if args.verbose:
            for m in r.missed:
                print(f"    missed   {m}")
            for s in r.spurious:
                print(f"    spurious {s}")
    a, rel = summary["actors"], summary["relations"]
    print(f"\n{summary['documents']} documents")
    print(f"actors     P {a['precision']:.3f}  R {a['recall']:.3f}  F1 {a['f1']:.3f}  (tp {a['tp']}, fp {a['fp']}, fn {a['fn']})")
    print(f"relations  P {rel['precision']:.3f}  R {rel['recall']:.3f}  F1 {rel['f1']:.3f}  (tp {rel['tp']}, fp {rel['fp']}, fn {rel['fn']})")
    print(f"status accuracy {summary['status_accuracy']:.3f}   date accuracy {summary['date_accuracy']:.3f} (on matched relations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
