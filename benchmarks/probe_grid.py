"""Behavioural probes for the rule-based extractor: a relation it finds in one wording must survive wordings
that mean the same ("met British envoy X" / "met U.S. envoy X"). Families of probes live in ``probes_*.py``
modules; each is a list of ``Probe`` built from templates of invented sentences. This is how rules are checked
against the shapes of real news rather than against the sentences of the annotated sets.

    python -m benchmarks.probe_grid [--family NAME ...] [--failures] [--limit N] [--write-open]

The probes that do not hold yet are listed in ``probes_open.json`` (``--write-open`` rewrites it from a run);
tests/extractor/test_probe_grid.py keeps that list exact, so a change that breaks a probe, or mends one without
taking it off the list, fails the tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import pkgutil
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.graph.model import Document  # noqa: E402
from actorgraph.loaders.extractor.extractor import RuleBasedExtractor  # noqa: E402


@dataclass(frozen=True)
class Probe:
    family: str  # the variation probed ("abbreviated demonym", "appositive before the verb")
    text: str
    expected: tuple[str, str, str]  # (source name, TYPE, target name); undirected types match either way; ("", "", ""):
    # none, only ``forbidden`` and ``absent`` are checked
    forbidden: tuple[tuple[str, str, str], ...] = ()  # triples that must not appear
    status: str | None = None  # the expected relation's status ("hypothetical", "negated" ...), when the wording sets it
    date: str | None = None  # the expected relation's date (ISO), "" when the wording names no day; None: unchecked
    absent: tuple[str, ...] = ()  # names that must not be actors (a byline's reporter, a dateline's city)
    attributed_to: str | None = None  # who the expected relation is attributed to ("" none); None: unchecked
    both_ways: bool = False  # a reciprocal act ("A and B traded accusations"): each party's, a directed type both ways


Found = dict[tuple[str, str, str], set[tuple[str, str]]]


def capitalised(text: str) -> str:
    """``text`` with its first letter in capitals: a template's opening word ("the group said" at a sentence start)."""
    return text[:1].upper() + text[1:]


def possessive(name: str) -> str:
    """ "Peru's", "the Philippines'": a name's possessive as a template writes it."""
    return name + ("'" if name.endswith("s") else "'s")


def findings(extractor: RuleBasedExtractor, text: str) -> tuple[set[str], Found]:
    """The actors' names, and each (source name, TYPE, target name) found with the (status, ISO date or "")
    it was found under (published Tuesday 2025-11-25)."""
    e = extractor.extract(Document(text=text, published=dt.date(2025, 11, 25)))
    names = {a.id: a.name for a in e.actors}
    out: Found = defaultdict(set)
    for r in e.relations:
        out[(names[r.source], r.type, names[r.target])].add((str(r.status.value), r.date.isoformat() if r.date else ""))
    return set(names.values()), dict(out)


def statuses(extractor: RuleBasedExtractor, text: str) -> dict[tuple[str, str, str], set[str]]:
    """Each (source name, TYPE, target name) found, with the statuses it was found under."""
    return {k: {status for status, _ in v} for k, v in findings(extractor, text)[1].items()}


def triples(extractor: RuleBasedExtractor, text: str) -> set[tuple[str, str, str]]:
    return set(statuses(extractor, text))


def attributions(extractor: RuleBasedExtractor, text: str) -> dict[tuple[str, str, str], set[str]]:
    """Each (source name, TYPE, target name) found, with the names it is attributed to ("" for none)."""
    e = extractor.extract(Document(text=text, published=dt.date(2025, 11, 25)))
    names = {a.id: a.name for a in e.actors}
    out: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for r in e.relations:
        out[(names[r.source], r.type, names[r.target])].add(names.get(r.attributed_to or "", ""))
    return dict(out)


def check(extractor: RuleBasedExtractor, probe: Probe) -> str | None:
    """None when the probe holds, else what went wrong."""
    actors, found = findings(extractor, probe.text)
    s, t, o = probe.expected
    told = found.get((s, t, o), set()) | found.get((o, t, s), set())
    if not told and s:
        return f"missing {s} -{t}-> {o}; found {sorted(found)}"
    if probe.both_ways and not ((s, t, o) in found and (o, t, s) in found):
        return f"one way only; found {sorted(found)}"
    got = {status for status, _ in told}
    if probe.status and probe.status not in got:
        return f"status {sorted(got)}, expected {probe.status}"
    if probe.date is not None and probe.date not in {date for _, date in told}:
        return f"date {sorted(date for _, date in told)}, expected {probe.date or 'none'}"
    if probe.attributed_to is not None:
        said = attributions(extractor, probe.text)
        who = said.get((s, t, o), set()) | said.get((o, t, s), set())
        if probe.attributed_to not in who:
            return f"attributed to {sorted(who)}, expected {probe.attributed_to or 'none'}"
    bad = [f for f in probe.forbidden if f in found]
    invented = sorted(actors & set(probe.absent))
    return f"forbidden {bad}" if bad else f"invented actors {invented}" if invented else None


def families() -> dict[str, list[Probe]]:
    """Every probe of every ``benchmarks/probes_*.py`` module (each defines ``PROBES``), by family."""
    out: dict[str, list[Probe]] = defaultdict(list)
    seen: set[Probe] = set()  # a grid may spell one probe twice (a variation with nothing to vary)
    for info in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if info.name.startswith("probes_"):
            for p in importlib.import_module(f"benchmarks.{info.name}").PROBES:
                if p not in seen:
                    seen.add(p)
                    out[p.family].append(p)
    return dict(out)


OPEN = Path(__file__).with_name("probes_open.json")


def probe_key(p: Probe) -> str:
    return f"{p.family} | {p.text} | {' '.join(p.expected)}"


def open_probes() -> dict[str, str]:
    """The probes known not to hold yet (``probe_key`` -> what went wrong when the list was written)."""
    if not OPEN.exists():
        return {}
    return {e["probe"]: e["why"] for e in json.loads(OPEN.read_text(encoding="utf-8"))}


def write_open(failures: list[tuple[Probe, str]]) -> None:
    entries = [{"probe": probe_key(p), "why": why} for p, why in sorted(failures, key=lambda f: probe_key(f[0]))]
    OPEN.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def run(probes: Iterable[Probe]) -> list[tuple[Probe, str]]:
    extractor = RuleBasedExtractor()
    return [(p, why) for p in probes if (why := check(extractor, p)) is not None]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--family", nargs="*", help="only these families (default: all)")
    ap.add_argument("--failures", action="store_true", help="print each failing probe")
    ap.add_argument("--limit", type=int, default=5, help="failures printed per family")
    ap.add_argument("--write-open", action="store_true", help=f"rewrite {OPEN.name} with the probes that fail")
    args = ap.parse_args(argv)
    total = failed = 0
    failures: list[tuple[Probe, str]] = []
    for name, probes in sorted(families().items()):
        if args.family and name not in args.family:
            continue
        bad = run(probes)
        failures += bad
        total, failed = total + len(probes), failed + len(bad)
        print(f"{len(probes) - len(bad):4}/{len(probes):<4} {name}")
        if args.failures:
            for p, why in bad[: args.limit]:
                print(f"      {p.text}\n        {why}")
    print(f"{total - failed}/{total} probes hold")
    if args.write_open:
        if args.family:
            raise SystemExit("error: --write-open needs a run of every family")
        write_open(failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
