"""Experiment: does a statistical relation classifier add to the rules? Leave-one-set-out over the corpora.

Distant supervision in the usual way: every ordered pair of resolved actors named in one sentence is a
candidate, labelled with the gold relation types between the two actors (or none). Features are the
words between the two mentions (other mentions replaced by their kind), the words just outside them,
the two kinds, order and distance. A multinomial logistic regression is trained on all sets but one and
scored on the held-out set, alone and added to the rule-based extractor's relations (pairs the rules
already give with that type are not added twice). Needs scikit-learn (``pip install -e '.[research]'``).

    python -m benchmarks.pair_classifier [--sets corpus corpus_fresh ...] [--test SET ...] [--C 1.0]

With ``--test``, the model is trained on all of ``--sets`` and scored once on each test set (and pooled) instead.

Name every set explicitly: a set used here is no longer blind.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import yaml

from actorgraph.graph.model import actor_id
from actorgraph.graph.registry import RelationStatus, ontology
from actorgraph.loaders.extractor.extractor import Analysis, RuleBasedExtractor
from actorgraph.loaders.extractor.mentions import Mention
from actorgraph.loaders.extractor.text import Sentence

from .eval_extraction import Score, corpus_pairs, load_article, match_actors, score_document

HERE = Path(__file__).resolve().parent
DEFAULT_SETS = ["corpus", "corpus_fresh", "corpus_blind2", "corpus_blind3"]
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass
class Candidate:
    pair: tuple[str, str]  # extracted actor ids, in relation order
    features: dict[str, int]
    labels: set[str]


@dataclass
class DocData:
    name: str
    gold: dict[str, Any]
    analysis: Analysis
    candidates: list[Candidate] = field(default_factory=list)


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def pair_features(sent: Sentence, a: Mention, b: Mention, others: list[Mention]) -> dict[str, int]:
    toks = sent.tokens
    d = ">" if a.i < b.i else "<"
    first, second = (a, b) if a.i < b.i else (b, a)
    inner = {m.i: m for m in others if m.i >= first.j and m.j <= second.i and m is not a and m is not b}
    words, i = [], first.j
    while i < second.i:
        if i in inner:
            words.append(f"<{inner[i].kind}>")
            i = inner[i].j
        else:
            words.append(_stem(toks[i].text))
            i += 1
    out = {f"kinds{d}={a.kind}|{b.kind}": 1, f"order{d}": 1, f"others:{min(len(inner), 3)}": 1}
    out.update({f"between{d}:{w}": 1 for w in words})
    out.update({f"between{d}:{w1}_{w2}": 1 for w1, w2 in zip(words, words[1:], strict=False)})
    n = len(words)
    out[f"distance{d}:{0 if n <= 2 else 1 if n <= 5 else 2 if n <= 10 else 3 if n <= 20 else 4}"] = 1
    out.update({f"before{d}:{_stem(t.text)}": 1 for t in toks[max(0, first.i - 3) : first.i]})
    out.update({f"after{d}:{_stem(t.text)}": 1 for t in toks[second.j : second.j + 3]})
    return out


def document_data(extractor: RuleBasedExtractor, txt: Path, gold_path: Path) -> DocData:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    analysis = extractor.analyse(load_article(txt))
    data = DocData(txt.stem, gold, analysis)
    actor_of = {}  # entity key -> extracted actor id
    ids = {a.id for a in analysis.extraction.actors}
    for key, ent in analysis.table.entities.items():
        try:
            if (aid := actor_id(ent.kind, ent.name)) in ids:
                actor_of[key] = aid
        except ValueError:
            continue
    to_gold = match_actors(analysis.extraction, gold)
    types = ontology()
    labels: dict[tuple[str, str], set[str]] = {}
    for gr in gold.get("relations") or []:
        labels.setdefault((gr["source"], gr["target"]), set()).add(gr["type"])
        if not types.relation_type(gr["type"]).directed:
            labels.setdefault((gr["target"], gr["source"]), set()).add(gr["type"])
    for sent, mentions in zip(analysis.sentences, analysis.mentions, strict=True):
        ms = [m for m in mentions if m.entity in actor_of]
        closest: dict[tuple[str, str], tuple[int, Mention, Mention]] = {}
        for a in ms:
            for b in ms:
                pair = (actor_of[a.entity], actor_of[b.entity])  # type: ignore[index]
                if pair[0] != pair[1] and (pair not in closest or closest[pair][0] > abs(a.i - b.i)):
                    closest[pair] = (abs(a.i - b.i), a, b)
        for pair, (_, a, b) in closest.items():
            gold_pair = (to_gold.get(pair[0], ""), to_gold.get(pair[1], ""))
            data.candidates.append(Candidate(pair, pair_features(sent, a, b, ms), labels.get(gold_pair, set())))
    return data


def train(docs: list[DocData], c: float) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    x, y = [], []
    for doc in docs:
        for cand in doc.candidates:
            for label in cand.labels or {"NONE"}:
                x.append(cand.features)
                y.append(label)
    return make_pipeline(DictVectorizer(), LogisticRegression(C=c, max_iter=3000)).fit(x, y)


def predict(model: Any, doc: DocData, threshold: float) -> dict[tuple[str, str, str], float]:
    if not doc.candidates:
        return {}
    probs = model.predict_proba([c.features for c in doc.candidates])
    found: dict[tuple[str, str, str], float] = {}
    for cand, row in zip(doc.candidates, probs, strict=True):
        for label, p in zip(model.classes_, row, strict=True):
            key = (cand.pair[0], label, cand.pair[1])
            if label != "NONE" and p >= threshold and p > found.get(key, 0.0):
                found[key] = float(p)
    return found


def score(docs: list[DocData], added: dict[str, dict[tuple[str, str, str], float]] | None, with_rules: bool) -> Score:
    total = Score()
    for doc in docs:
        ex = doc.analysis.extraction
        rels: list[Any] = list(ex.relations) if with_rules else []
        have = {(r.source, r.type, r.target) for r in rels}
        have |= {(o, t, s) for s, t, o in have if not ontology().relation_type(t).directed}
        for (s, t, o), p in (added or {}).get(doc.name, {}).items():
            if (s, t, o) not in have:
                rels.append(SimpleNamespace(source=s, type=t, target=o, confidence=p,
                                            status=RelationStatus.ASSERTED, date=None))
        res = score_document(doc.name, SimpleNamespace(actors=ex.actors, relations=rels), doc.gold)  # type: ignore[arg-type]
        total.tp += res.relations.tp
        total.fp += res.relations.fp
        total.fn += res.relations.fn
    return total


def _add(total: Score, part: Score) -> None:
    total.tp += part.tp
    total.fp += part.fp
    total.fn += part.fn


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=DEFAULT_SETS, help="corpus directories under benchmarks/")
    ap.add_argument("--test", nargs="+", default=[],
                    help="train once on all --sets, score on these corpus directories only (and pooled)")
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    args = ap.parse_args(argv)
    extractor = RuleBasedExtractor()
    sets = [*args.sets, *args.test]
    data = {s: [document_data(extractor, t, g) for t, g in corpus_pairs(HERE / s)] for s in sets}
    labels = Counter(lab for s in args.sets for docs in [data[s]] for d in docs for c in d.candidates for lab in c.labels)
    print(f"{sum(len(d.candidates) for s in args.sets for d in data[s])} training pairs; "
          f"{sum(labels.values())} labelled: " + ", ".join(f"{k} {v}" for k, v in labels.most_common()))
    print(f"{'held out':16} {'rules F1':>8} | " + " | ".join(f"θ {t}: alone / +rules" for t in THRESHOLDS))
    held_out = args.test or args.sets
    pooled = {t: (Score(), Score()) for t in THRESHOLDS}
    pooled_rules = Score()
    model = train([d for s in args.sets for d in data[s]], args.C) if args.test else None
    for held in held_out:
        model = model if args.test else train([d for s in args.sets if s != held for d in data[s]], args.C)
        rules = score(data[held], None, True)
        _add(pooled_rules, rules)
        cells = []
        for t in THRESHOLDS:
            added = {d.name: predict(model, d, t) for d in data[held]}
            alone, both = score(data[held], added, False), score(data[held], added, True)
            _add(pooled[t][0], alone)
            _add(pooled[t][1], both)
            cells.append(f"{alone.precision:.2f}/{alone.recall:.2f}/{alone.f1:.3f} {both.f1:.3f}")
        print(f"{held:16} {rules.f1:8.3f} | " + " | ".join(cells), flush=True)
    if len(held_out) > 1:
        cells = [f"{a.precision:.2f}/{a.recall:.2f}/{a.f1:.3f} {b.f1:.3f}" for a, b in pooled.values()]
        print(f"{'pooled':16} {pooled_rules.f1:8.3f} | " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
