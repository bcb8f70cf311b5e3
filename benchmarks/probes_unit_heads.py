"""The head of a unit, region or firm qualified only by a state: a post held there, not its leadership (round 18)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_TITLES = ("commander", "army commander", "governor", "regional governor", "director", "chairman")
_SHAPES = ("Ecuadorian {t} Andres Mejia said the floods had cut off three towns.",
           "Quito named a Ecuadorian {t}, Andres Mejia, on Thursday.",
           "Ecuador's {t}, Andres Mejia, said the floods had cut off three towns.",
           "Andres Mejia, an Ecuadorian {t}, said the floods had cut off three towns.")

PROBES = [
    Probe("unit head qualified by a state", shape.format(t=t).replace("a Ecuadorian", "an Ecuadorian"),
          ("Andres Mejia", "HOLDS_POSITION", "Ecuador"), forbidden=(("Andres Mejia", "LEADS", "Ecuador"),))
    for shape in _SHAPES for t in _TITLES
]
