"""How the name matcher does on the real OFAC list: news-style short names made from every listed person.

    python benchmarks/eval_resolution.py [--path ../shared/data/ofac/sdn-2024-05-03.csv]

For each individual listed as "SURNAMES, Given names", the short form an article would use ("Given[0]
Surname[0]", e.g. "Delcy Rodriguez") and an accented variant of it are matched against all listings (with
the same blocking as ``link_actors``). Outcomes: correct (the listing it was made from), wrong (another
listing: a false merge), none (no unambiguous match: nothing merged). Namesakes on the list make "none" the
right answer for some names; "wrong" is the number that must stay near zero.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.loaders.names import Candidate, best_match  # noqa: E402
from actorgraph.loaders.ofac import OfacReader  # noqa: E402

DEFAULT_PATH = ROOT.parent / "shared" / "data" / "ofac" / "sdn-2024-05-03.csv"
ACCENTS = str.maketrans({"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "n": "ñ"})


def short_forms(given: str, surnames: str) -> list[str]:
    g, s = given.split(), surnames.split()
    if not g or not s:
        return []
    plain = f"{g[0].title()} {s[0].title()}"
    accented = plain[:-1] + plain[-1].translate(ACCENTS) if plain[-1] in "aeioun" else plain
    return list(dict.fromkeys([plain, accented]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
    args, _ignored = parser.parse_known_args(argv)
    if not args.path.exists():
        print(f"eval_resolution: skipped ({args.path} not found)")
        return 0
    actors = [a for ex in OfacReader(args.path) for a in ex.actors if a.properties.get("list_source") == "ofac"]
    entries = [Candidate.of(a.id, a.kind, a.name, a.aliases, str(a.properties.get("given_names") or "") or None,
                            str(a.properties.get("surnames") or "") or None,
                            a.properties.get("weak_aliases") or []) for a in actors]  # type: ignore[arg-type]
    index: dict[str, list[Candidate]] = defaultdict(list)
    for e in entries:
        for key in e.blocking_keys():
            index[key].append(e)
    outcomes: Counter[str] = Counter()
    wrong: list[str] = []
    started = time.perf_counter()
    for a in actors:
        given, surnames = a.properties.get("given_names"), a.properties.get("surnames")
        if a.kind != "Person" or not isinstance(given, str) or not isinstance(surnames, str):
            continue
        for name in short_forms(given, surnames):
            news = Candidate.of("news:" + name, "Person", name)
            pool = {c.id: c for k in news.blocking_keys() for c in index.get(k, [])}
            found = best_match(news, list(pool.values()))
            outcome = "none" if found is None else ("correct" if found[0].id == a.id else "wrong")
            outcomes[outcome] += 1
            if outcome == "wrong" and found is not None:
                wrong.append(f"{name!r} from {a.name!r} -> {found[0].names[0]!r}")
    decided = outcomes["correct"] + outcomes["wrong"]
    print(json.dumps({
        "file": args.path.name, "short_names": sum(outcomes.values()), **outcomes,
        "precision_of_merges": round(outcomes["correct"] / decided, 4) if decided else None,
        "merged_share": round(decided / sum(outcomes.values()), 4),
        "seconds": round(time.perf_counter() - started, 2), "wrong_examples": wrong[:15],
    }, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
