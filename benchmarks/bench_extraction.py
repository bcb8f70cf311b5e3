"""Extraction throughput of the rule-based extractor on one core.

    python -m benchmarks extraction [--docs 1000] [--words 600] [--seed 0]

Generates N news-style articles of about W words from sentence templates filled with made-up people,
organisations and real countries (sanctions, talks, accusations, denials, hedges, dates), then times
``RuleBasedExtractor.extract`` over all of them in this process. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.graph.model import Document  # noqa: E402
from actorgraph.loaders.extractor import RuleBasedExtractor  # noqa: E402

GIVEN = ["Amara", "Tomas", "Leila", "Sergei", "Nadia", "Kwame", "Ines", "Farid", "Mei", "Jonas", "Rosa", "Idris"]
FAMILY = ["Okafor", "Varga", "Haddad", "Lindqvist", "Moreno", "Tanaka", "Petrov", "Mensah", "Qureshi", "Duarte"]
ORG_HEAD = ["Northern", "Coastal", "United", "Popular", "Eastern", "Free", "National", "Red River", "Silver"]
ORG_CUE = ["Front", "Movement", "Holdings", "Brigades", "Shipping Company", "Party", "Council", "Logistics"]
COUNTRIES = ["Sudan", "Myanmar", "Iran", "Venezuela", "Colombia", "Ukraine", "Russia", "Serbia", "Kenya", "Peru",
             "Mali", "Niger", "Ethiopia", "Eritrea", "Armenia", "Azerbaijan", "Japan", "China", "Turkey", "Egypt"]
DEMONYM = {"Sudan": "Sudanese", "Myanmar": "Burmese", "Iran": "Iranian", "Venezuela": "Venezuelan",
           "Colombia": "Colombian", "Ukraine": "Ukrainian", "Russia": "Russian", "Serbia": "Serbian",
           "Kenya": "Kenyan", "Peru": "Peruvian", "Mali": "Malian", "Niger": "Nigerien", "Ethiopia": "Ethiopian",
           "Eritrea": "Eritrean", "Armenia": "Armenian", "Azerbaijan": "Azerbaijani", "Japan": "Japanese",
           "China": "Chinese", "Turkey": "Turkish", "Egypt": "Egyptian"}
TEMPLATES = [
    "{C1} on {day} imposed sanctions on {org}, accusing the group of smuggling fuel across the border.",
    "{D1} President {p1} met {D2} Foreign Minister {p2} in the capital on {date} to discuss the ceasefire.",
    "According to reports from the {outlet}, {p1} allegedly offered {C2} a share of the port revenues.",
    "{C2} denied the accusations and said the claims were politically motivated.",
    "The {org} was designated as a terrorist organisation by {C1} last week.",
    "{C1} may hold talks with {C2} next month, officials said, but no date has been set.",
    "{p2} accused {C1} of arming the {org} and warned that {C2} would respond.",
    "Analysts said the measures would have little effect on the economy, which has shrunk for three years.",
    "{C1} did not sanction {p1}, despite pressure from lawmakers and human rights groups.",
    "Over two hundred {D2} officials remain under travel bans, and the existing sanctions on them were renewed.",
    "The {org}, led by {p1}, attacked a police post near the border on {day}, killing four officers.",
    "{C2} and {C1} signed a trade agreement on {date}, weeks after the talks between them resumed.",
    "Residents described long queues for bread and fuel as prices rose again in the southern provinces.",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def make_article(rng: random.Random, words: int) -> Document:
    c1, c2 = rng.sample(COUNTRIES, 2)
    slots = {
        "C1": c1, "C2": c2, "D1": DEMONYM[c1], "D2": DEMONYM[c2], "p1": _person(rng), "p2": _person(rng),
        "org": f"{rng.choice(ORG_HEAD)} {rng.choice(ORG_CUE)}", "outlet": f"{rng.choice(ORG_HEAD)} Herald",
        "day": rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
        "date": f"{rng.randint(1, 28)} {rng.choice(['March', 'April', 'May', 'June'])}",
    }
    paragraphs, count = [], 0
    while count < words:
        para = " ".join(rng.choice(TEMPLATES).format(**slots) for _ in range(rng.randint(3, 5)))
        paragraphs.append(para)
        count += len(para.split())
    published = dt.date(2025, 7, 1) + dt.timedelta(days=rng.randint(0, 120))
    return Document(text="\n\n".join(paragraphs), published=published, title=f"{c1} and {c2} trade accusations")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="rule-based extractor throughput")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--long", default="50,100,200",
                    help="also extract single documents of this many articles joined (comma-separated; '' skips): "
                         "CPU seconds per MB should stay flat as they grow")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    docs = [make_article(rng, args.words) for _ in range(args.docs)]
    total_words = sum(len(d.text.split()) for d in docs)
    extractor = RuleBasedExtractor()
    extractor.extract(docs[0])  # load word lists outside the timing
    started, cpu_started = time.perf_counter(), time.process_time()
    relations = actors = 0
    for doc in docs:
        ex = extractor.extract(doc)
        relations += len(ex.relations)
        actors += len(ex.actors)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # CPU time of this process: robust when the machine is shared
    print(json.dumps({
        "benchmark": "extraction", "documents": len(docs), "words": total_words, "seconds": round(elapsed, 2),
        "cpu_seconds": round(cpu, 2), "docs_per_s": round(len(docs) / elapsed, 1),
        "docs_per_cpu_s": round(len(docs) / cpu, 1), "words_per_cpu_s": round(total_words / cpu),
        "relations": relations, "actors": actors, "python": platform.python_version(),
    }))
    for k in (int(x) for x in args.long.split(",") if x.strip()):
        joined = Document(text="\n\n".join(d.text for d in docs[:k]), published=docs[0].published, title="long")
        cpu_started = time.process_time()
        ex = extractor.extract(joined)
        cpu = time.process_time() - cpu_started
        mb = len(joined.text.encode()) / 1e6
        print(json.dumps({"benchmark": "extraction_long_document", "articles": k, "mb": round(mb, 2),
                          "cpu_seconds": round(cpu, 2), "cpu_s_per_mb": round(cpu / mb, 1),
                          "relations": len(ex.relations)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
