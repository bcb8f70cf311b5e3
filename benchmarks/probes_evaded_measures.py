"""Whoever evades a measure is its target, and the measure's modifier or by-phrase its taker: the evasion verb
("evaded", "skirted", "circumvented", "got around"), how the taker is named (modifier or "imposed by X") and what
follows (a means naming a third state) vary."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_VERBS = ("evaded", "skirted", "circumvented", "bypassed", "dodged", "got around", "has long evaded",
          "used shell firms to circumvent", "is accused of evading")
_MEASURES = (("Brazilian sanctions", "Brazil"), ("sanctions imposed by Brazil", "Brazil"),
             ("EU sanctions", "EU"), ("sanctions imposed by the European Union", "European Union"))
_TAILS = ("", " by selling beef to Bolivia", " through front companies in Bolivia")

PROBES = [
    Probe("evader of a measure is its target", f"Paraguay {verb} {measure}{tail}.", (taker, "SANCTIONS", "Paraguay"),
          forbidden=(("Paraguay", "SANCTIONS", taker), (taker, "SANCTIONS", "Bolivia")))
    for verb in _VERBS for measure, taker in _MEASURES for tail in _TAILS
]
