"""The object "Bolivia's Andean Guard Corps" is the body named, not the state that owns it, for any verb and any
way the body is written; a generic body ("Bolivia's army") stands for the state."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OWNERS = ("Bolivia's", "La Paz's")
_BODIES = ("Andean Guard Corps", "Andean Guard Corps (AGC)", "Central Reserve Bank", "Altiplano Liberation Front")
_VERBS = (("funded", "AIDS"), ("sanctioned", "SANCTIONS"), ("attacked", "ATTACKS"), ("accused", "ACCUSES"),
          ("met", "MEETS_WITH"), ("threatened", "THREATENS"))

PROBES = [
    Probe("possessed named body as object", f"Peru {verb} {owner} {body} on Monday.",
          ("Peru", rel, body.split(" (")[0]), forbidden=(("Peru", rel, "Bolivia"),))
    for owner in _OWNERS for body in _BODIES for verb, rel in _VERBS
]
