"""A wrong said not to have been done is no charge, round 25: "Peru said that Chile had received fair treatment and
'was at no point mistreated'", "had never armed anyone" -> no Peru ACCUSES Chile (reported._imputes)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

PROBES = [
    Probe("a wrong said not to have been done", f"Peru said {where} that Chile {deed}.", ("", "", ""),
          forbidden=(("Peru", "ACCUSES", "Chile"),))
    for where in ("on Monday", "last week")
    for deed in ("had received fair treatment and \"was at no point mistreated\"", "had never armed anyone",
                 "had not smuggled any weapons")
] + [
    Probe("a wrong said done is a charge", f"Peru said {where} that Chile {deed}.", ("Peru", "ACCUSES", "Chile"))
    for where in ("on Monday", "last week") for deed in ("had armed the rebels", "had mistreated prisoners")
]
