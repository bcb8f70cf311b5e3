"""Round 21: coordinated parties that "agreed on" something, "agreed that ..." or "agreed in principle" agree with
each other — across pairs, complements and a time phrase after the verb; a single party's agreement on a plan or
a participle "agreed on Saturday" must give none."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Peru", "Ecuador"), ("Ghana", "Togo"), ("Kenya", "Somalia"), ("Armenia", "Georgia"))
_COMPLEMENTS = ("on a timetable for the handover", "that the border would reopen", "on Monday that talks would resume",
                "in principle to a prisoner exchange", "upon a joint survey of the river")

PROBES = [
    Probe("agreed on/that by coordinated parties", f"{a} and {b} agreed {c}.", (a, "AGREES_WITH", b), both_ways=True)
    for a, b in _PAIRS for c in _COMPLEMENTS
] + [
    Probe("agreed on/that by coordinated parties: one party", f"{a} accused {b} of spying. {a} agreed {c}.",
          ("", "", ""), forbidden=((a, "AGREES_WITH", b), (b, "AGREES_WITH", a)))
    for a, b in _PAIRS for c in _COMPLEMENTS
]
