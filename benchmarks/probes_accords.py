"""Round 21: an accord named by its noun with "between A and B" ("the truce between A and B", "brokered a peace deal
between A and B") across accord nouns and determiners, and the wording that must not give it (an accord only backed)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Peru", "Ecuador"), ("Ghana", "Togo"), ("Kenya", "Somalia"))
_ACCORDS = ("truce", "ceasefire", "border treaty", "peace deal", "trade agreement", "accord", "memorandum of understanding")
_OPENINGS = ("Diplomats said the {n} between {a} and {b} was holding.",
             "The 2019 {n} between {a} and {b} is due for renewal.",
             "Brazil brokered a {n} between {a} and {b} last year.")

PROBES = [
    Probe("accord noun between two parties", opening.format(n=noun, a=a, b=b), (a, "AGREES_WITH", b), both_ways=True)
    for a, b in _PAIRS for noun in _ACCORDS for opening in _OPENINGS
] + [
    Probe("accord noun between two parties: only wished for", f"The opposition backed a {noun} between {a} and {b}.",
          ("", "", ""), forbidden=((a, "AGREES_WITH", b), (b, "AGREES_WITH", a)))
    for a, b in _PAIRS for noun in _ACCORDS
]
