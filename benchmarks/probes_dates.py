"""Relation dates: a simple relation ("Chile sanctioned Peru", "met", "accused ... of", "attacked", "arrested
opposition leader Tomas Vidal") with a date phrase at the sentence's start, after the verb's object or at its
end; the probes are extracted as published on Tuesday 2025-11-25 (``probe_grid.findings``). Conventions
(docs/extraction.md): a day named absolutely takes its year from the published date; a relative day ("on
Monday", "yesterday", "last Friday", "on Tuesday" = the day of publication) is resolved against it; a phrase
that names no day ("last week", "earlier this month", "in March", "in 2019") leaves the date empty (gold dates
are days or nothing), and so does a date that belongs to something else ("a 2019 law", "the March 3 agreement",
"after Monday's talks", "since March 3"). "On the same day", "two days later", "the next day", "the previous day",
"a week later" count from the day of the sentence before; a weekday with its date ("on Friday, Nov. 7") is that
date. All names are invented.
"""

from __future__ import annotations

from benchmarks.probe_grid import Probe, capitalised

_RELS = (  # (subject, verb phrase with {o} for the object, object, TYPE, tail after the object)
    ("Chile", "sanctioned {o}", "Peru", "SANCTIONS", ""),
    ("Chile", "met {o}", "Peru", "MEETS_WITH", ""),
    ("Chile", "accused {o}", "Peru", "ACCUSES", " of spying"),
    ("Chile", "attacked {o}", "Peru", "ATTACKS", ""),
    ("Chile", "arrested opposition leader {o}", "Tomas Vidal", "COERCES", ""),
)

_DAYS = (  # (phrase, ISO date or "" for none)
    ("on Monday", "2025-11-24"), ("last Friday", "2025-11-21"), ("on Nov. 3", "2025-11-03"),
    ("on 3 November", "2025-11-03"), ("on November 3rd", "2025-11-03"), ("on Nov 3, 2025", "2025-11-03"),
    ("earlier this month", ""), ("last week", ""), ("yesterday", "2025-11-24"), ("on Tuesday", "2025-11-25"),
    ("in March", ""), ("in 2019", ""), ("on Saturday", "2025-11-22"), ("on March 3", "2025-03-03"),
    ("on Friday, Nov. 7", "2025-11-07"), ("on Monday 3 November", "2025-11-03"), ("on Friday (Nov. 7)", "2025-11-07"),
    ("on 3 November last year", "2024-11-03"),
)


def _sentences(subj: str, verb: str, obj: str, tail: str, when: str) -> list[tuple[str, str]]:
    body = verb.format(o=obj) + tail
    start = capitalised(when)
    return [("date at sentence start", f"{start}, {subj} {body}."),
            ("date after the object", f"{subj} {verb.format(o=obj)} {when}{tail}, officials said.") if tail else
            ("date after the object", f"{subj} {body} {when}, officials said."),
            ("date at sentence end", f"{subj} {body} {when}.")]


PROBES = [
    Probe(f"dates: {where}", text, (subj, rel, obj), date=iso)
    for subj, verb, obj, rel, tail in _RELS for when, iso in _DAYS
    for where, text in _sentences(subj, verb, obj, tail, when)
]

_BEFORE = "Peru expelled Chile's ambassador on Nov. 3."  # the day the later sentence counts from
_ANAPHORIC = (("On the same day", "2025-11-03"), ("Two days later", "2025-11-05"), ("The next day", "2025-11-04"),
              ("That day", "2025-11-03"), ("The previous day", "2025-11-02"), ("The day before", "2025-11-02"),
              ("A week later", "2025-11-10"), ("Two weeks later", "2025-11-17"))
PROBES += [
    Probe("dates: counted from the sentence before", f"{_BEFORE} {when}, {subj} {verb.format(o=obj)}{tail}.",
          (subj, rel, obj), date=iso)
    for subj, verb, obj, rel, tail in _RELS for when, iso in _ANAPHORIC
]

_UNDATED = (  # the date phrase is not the relation's
    "Since 2019 Chile has sanctioned Peru.",
    "Chile sanctioned Peru under a 2019 law.",
    "Chile sanctioned Peru for breaking the March 3 agreement.",
    "Chile sanctioned Peru for breaking the Nov. 3 agreement.",
    "Chile sanctioned Peru after Monday's talks collapsed.",
    "After Monday's talks, Chile sanctioned Peru.",
    "Since March 3, Chile has sanctioned Peru.",
    "Chile sanctioned Peru at 3 p.m.",
    "Chile sanctioned Peru at 10:30 local time.",
    "Chile has sanctioned Peru since Nov. 3.",
    "Chile sanctioned Peru on the eve of Monday's vote.",
)
PROBES += [Probe("dates: not the relation's date", text, ("Chile", "SANCTIONS", "Peru"), date="")
           for text in _UNDATED]

_DATED = (  # the date phrase is the relation's, in other shapes
    ("Chile and Peru met at Monday's talks.", ("Chile", "MEETS_WITH", "Peru"), "2025-11-24"),
    ("Chile and Peru signed the Nov. 3 agreement on Monday.", ("Chile", "AGREES_WITH", "Peru"), "2025-11-24"),
    ("Chile condemned the Nov. 3 attack on Peru.", ("Chile", "ACCUSES", "Peru"), ""),
    ("Chile sanctioned Peru on Monday, Nov. 24.", ("Chile", "SANCTIONS", "Peru"), "2025-11-24"),
    ("Chile sanctioned Peru late on Monday.", ("Chile", "SANCTIONS", "Peru"), "2025-11-24"),
    ("Chile sanctioned Peru on Monday night.", ("Chile", "SANCTIONS", "Peru"), "2025-11-24"),
    ("Chile sanctioned Peru last night.", ("Chile", "SANCTIONS", "Peru"), "2025-11-24"),
    ("Chile sanctioned Peru today.", ("Chile", "SANCTIONS", "Peru"), "2025-11-25"),
    ("Chile sanctioned Peru earlier today.", ("Chile", "SANCTIONS", "Peru"), "2025-11-25"),
    ("Chile sanctioned Peru on the 3rd of November.", ("Chile", "SANCTIONS", "Peru"), "2025-11-03"),
)
PROBES += [Probe("dates: other day shapes", text, triple, date=iso) for text, triple, iso in _DATED]
