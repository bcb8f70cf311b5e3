"""A state's air defences and border services named with its demonym stand for the state ("blamed Russian air
defences for the crash" -> ACCUSES Russia), as its army or coast guard do (round 31, lexicon state_nouns);
negatives: the same words with no demonym."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_FORCES = ("air defences", "air defenses", "air defence systems", "border authorities", "border police",
           "border service")
_CHARGES = (("blamed {f} on Monday for the crash of a cargo plane", "Chile"),
            ("blamed {f} for the deaths of two fishermen", "Chile"),
            ("accused {f} of firing on a passenger jet", "Chile"),
            ("accused {f} of steering migrants towards the frontier", "Chile's interior ministry"))

PROBES = [
    Probe("a demonym's air defences or border service stand for its state",
          f"{who} {charge.format(f='Peruvian ' + force)}.", ("Chile", "ACCUSES", "Peru"))
    for force in _FORCES for charge, who in _CHARGES
] + [
    Probe("negative: the same force without a demonym accuses no state",
          f"Chile {charge.format(f='the ' + force)}.", ("", "", ""), forbidden=(("Chile", "ACCUSES", "Peru"),))
    for force in _FORCES for charge, _ in _CHARGES[:3]
]
