"""Round 30 (C): others who undergo the same arrest, charge or listing, joined by "along with", "alongside" or
"together with" after the act, get it from the same agent; negatives: the phrase in another clause or with a verb
of acting together ("who fought alongside Y", "after he marched alongside Y"), a place after "alongside"."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STORY = "Moldova held elections in March."
_JOINS = ("along with", "alongside", "together with")
_OTHERS = (("a retired colonel, Marko Lis", "Marko Lis"), ("his aide, Marko Lis", "Marko Lis"),
           ("Marko Lis", "Marko Lis"), ("Marko Lis and Ana Popa", "Ana Popa"), ("14 other protesters", "14 other protesters"))
_ACTS = (("Moldovan police arrested Ivan Petrov on Monday, {join} {other}.", "Moldova", "COERCES"),
         ("Ivan Petrov was arrested in February {join} {other}.", "Moldova", "COERCES"),
         ("The Supreme Court charged Ivan Petrov with treason, {join} {other}.", "Supreme Court", "INVESTIGATES"),
         ("The United States sanctioned Ivan Petrov {join} {other}.", "United States", "SANCTIONS"))

PROBES = [
    Probe("others joined to the one arrested, charged or sanctioned", f"{_STORY} {act.format(join=join, other=other)}",
          (agent, rel, name))
    for act, agent, rel in _ACTS for join in _JOINS for other, name in _OTHERS
] + [
    Probe("negative: a verb of acting together, or a place, after the act", f"{_STORY} {text}", ("", "", ""),
          forbidden=(("Moldova", "COERCES", "Marko Lis"), ("Moldova", "COERCES", "Romania")))
    for text in ("Moldovan police arrested Ivan Petrov, who had fought alongside Marko Lis in the war.",
                 "Moldovan police arrested Ivan Petrov after he marched alongside Marko Lis.",
                 "Moldovan police arrested Ivan Petrov, who worked together with Marko Lis.",
                 "Moldovan police arrested Ivan Petrov and said he had served along with Marko Lis.",
                 "Moldovan police arrested Ivan Petrov alongside the border with Romania.")
]
