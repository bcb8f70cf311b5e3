"""A meeting or talks under "no" or "no plans for": negated (round 18)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OPENERS = ("An aide said there were", "There are", "Officials said there had been")
_HEADS = ("no plans for a new {n} between", "no plans for a {n} between", "no {n} between",
          "no immediate plans for a {n} between", "no direct {n} between")
_NOUNS = (("meeting", "MEETS_WITH"), ("summit", "MEETS_WITH"), ("talks", "NEGOTIATES_WITH"))

PROBES = [
    Probe("meeting or talks under no", f"{opener} {head.format(n=noun)} Ecuador and Colombia.",
          ("Ecuador", rel, "Colombia"), status="negated")
    for opener in _OPENERS for head in _HEADS for noun, rel in _NOUNS
]
