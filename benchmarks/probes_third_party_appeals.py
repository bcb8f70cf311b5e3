"""Criticism of an act, then an appeal to third parties to step in: the criticism is of whoever acted (round 18)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACT = "Bolivian troops shelled Paraguay on Sunday."
_CRITICS = ("Paraguayan President Ana Duarte", "Paraguay's foreign minister, Ana Duarte")
_VERBS = ("condemned", "denounced", "deplored")
_APPEALS = ("called on Brazil and Uruguay to assume their responsibilities",
            "urged Brazil and Uruguay to intervene",
            "asked Brazil and Uruguay to put pressure on La Paz",
            "called on Brazil and Uruguay to use their influence with La Paz",
            "urged Brazil and Uruguay to rein in the Bolivian army")

PROBES = [
    Probe("third-party appeal after a criticism", f"{_ACT} {critic} {verb} the shelling and {appeal}.",
          ("Ana Duarte", "ACCUSES", "Bolivia"),
          forbidden=(("Ana Duarte", "ACCUSES", "Brazil"), ("Ana Duarte", "ACCUSES", "Uruguay")))
    for critic in _CRITICS for verb in _VERBS for appeal in _APPEALS
]
