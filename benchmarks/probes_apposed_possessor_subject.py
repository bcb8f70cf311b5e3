"""Round 21: "X, Y's main ally, has urged Z": the head X acts, with auxiliaries or adverbs before the verb; the
possessor Y only says whose ally X is."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_APPOSITIONS = ("Peru's main ally", "Peru's largest creditor", "Peru's neighbour", "Peru's former colonial ruler")
_AUX = ("has", "has also", "had", "later", "has repeatedly")
_ACTS = (("urged the Red Dawn Front to hold talks", "DEMANDS"), ("accused the Red Dawn Front of smuggling arms", "ACCUSES"),
         ("sanctioned the Red Dawn Front", "SANCTIONS"))

PROBES = [
    Probe("a possessive apposition before an auxiliary", f"China, {app}, {aux} {act}.",
          ("China", rel, "Red Dawn Front"), forbidden=(("Peru", rel, "Red Dawn Front"),))
    for app in _APPOSITIONS for aux in _AUX for act, rel in _ACTS
]
