"""Examining a decision or an offer weighs it, round 25: "Germany said it was examining the Chinese decision" -> no
Germany INVESTIGATES China; examining a party's role, or investigating a party, is still an investigation."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_WEIGHED = ("the Chinese decision", "China's proposal", "the Chinese offer", "Beijing's latest request",
            "the terms of the Chinese plan")

PROBES = [
    Probe("examining a decision or offer investigates no one", f"Germany's economy ministry said it was {verb} {obj}.",
          ("", "", ""), forbidden=(("Germany", "INVESTIGATES", "China"),))
    for verb in ("examining", "carefully examining") for obj in _WEIGHED
] + [
    Probe("the clause goes on with its subject", "Germany's economy ministry said it was examining the Chinese decision "
          "and would raise it with China at a trade dialogue in June.", ("", "", ""),
          forbidden=(("Germany", "INVESTIGATES", "China"),))
] + [
    Probe("a party examined or investigated is", f"German prosecutors are {verb}.", ("Germany", "INVESTIGATES", who))
    for verb, who in (("examining Andean Mining's role in the scheme", "Andean Mining"),
                      ("investigating Andean Mining", "Andean Mining"))
]
