"""Pacts reached by two parties named together (round 29): "A and B reached a deal", "A and B initialled a peace
agreement" are each one's agreement with the other, as "A and B signed a treaty" is; reaching the end of a truce,
or a deadline, is none."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Kenya", "Uganda"), ("Chile", "Peru"), ("Armenia", "Azerbaijan"), ("Serbia", "Kosovo"))
_VERBS = ("reached", "struck", "sealed", "inked", "clinched", "concluded", "initialled", "finalised", "hammered out")
_NOUNS = ("a deal", "a peace agreement", "an accord on border crossings", "a ceasefire", "a trade pact")

PROBES = [
    Probe("pact reached by a named pair", f"{a} and {b} {verb} {noun} on Friday.", (a, "AGREES_WITH", b),
          both_ways=True)
    for a, b in _PAIRS for verb in _VERBS for noun in _NOUNS
] + [
    Probe("pact reached by a named pair: no pact", text.format(a=a, b=b), ("", "", ""),
          forbidden=((a, "AGREES_WITH", b), (b, "AGREES_WITH", a)))
    for a, b in _PAIRS
    for text in ("{a} and {b} reached the end of the ceasefire on Friday.",
                 "{a} and {b} reached the border after the truce collapsed.",
                 "{a} and {b} struck back after the deal collapsed.")
]
