"""Round 25: a meeting or talks proposed, requested or scheduled ("proposed a meeting with X", "requested talks
with X", "is scheduled to meet X") are not yet held: hypothetical; one held after a proposal stays asserted."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PEOPLE = (("Kenyan President William Ruto", "William Ruto", "Ethiopian Prime Minister Abiy Ahmed", "Abiy Ahmed"),
           ("Turkish Foreign Minister Hakan Fidan", "Hakan Fidan", "Iranian Foreign Minister Abbas Araghchi",
            "Abbas Araghchi"),
           ("Brazilian President Luiz Lula", "Luiz Lula", "Argentine President Javier Milei", "Javier Milei"))
_SOUGHT = ("proposed a meeting with {b}", "requested an urgent meeting with {b}", "has suggested a meeting with {b}",
           "is scheduled to meet {b} on Friday", "is slated to meet {b} next week",
           "called for a meeting with {b}")

PROBES = [
    Probe("meeting sought, not held", f"{a} {w.format(b=b)}.", (sa, "MEETS_WITH", sb), status="hypothetical")
    for a, sa, b, sb in _PEOPLE for w in _SOUGHT
] + [
    Probe("talks requested, not held", f"{a} requested talks with {b}.", (sa, "NEGOTIATES_WITH", sb),
          status="hypothetical")
    for a, sa, b, sb in _PEOPLE
] + [
    Probe("meeting held after a proposal", f"{a}, who proposed the plan, met {b} on Monday.", (sa, "MEETS_WITH", sb),
          status="asserted")
    for a, sa, b, sb in _PEOPLE
]
