"""A report of a wrong with where it was said between the verb and "that", round 25: "Peru said in a statement that
Chile had armed the rebels", "alleged during the campaign that", "told a news conference that" -> Peru ACCUSES Chile
(reported.py read only a day or a month there); a wrong said not to have been done is no charge ("had received a
fair trial and 'was at no point mistreated'", "had never armed anyone")."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_WHERE = ("in a statement", "in a written statement", "at a news conference", "during the campaign",
          "on social media", "in an interview with state television", "in a post on social media")
_VERBS = ("said", "alleged", "claimed")
_DEEDS = ("had armed the rebels", "was smuggling weapons across the border", "had bribed election officials")

PROBES = [
    Probe("where it was said, before that", f"Peru {verb} {where} that Chile {deed}.", ("Peru", "ACCUSES", "Chile"))
    for verb in _VERBS for where in _WHERE for deed in _DEEDS
] + [
    Probe("a wrong said not to have been done", f"Peru said {where} that Chile {deed}.", ("", "", ""),
          forbidden=(("Peru", "ACCUSES", "Chile"),))
    for where in ("in a statement", "on Monday")
    for deed in ("had received fair treatment and \"was at no point mistreated\"", "had never armed anyone",
                 "had not smuggled any weapons")
]
