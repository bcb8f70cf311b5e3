"""Fighting a party told with "fight" and its object, round 21: "an armed group fighting the Bolivian government",
"which fought a border war with Peru", "has fought for years to topple Bolivia's government", "waged a war
against Bolivia" -> ATTACKS; negatives: a trade or legal war, fighting alongside an army, fighting a charge."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_GROUPS = ("The Condor Front", "The Andean Liberation Army", "The Sol Rojo Front")
_OBJECTS = ("the Bolivian government", "Bolivia's army", "the Bolivian military", "Bolivian government forces")
_TOPPLE = ("has fought for two decades to topple", "fought to overthrow", "is fighting to bring down",
           "has waged an insurgency to topple")

PROBES = [
    Probe("fighting a party", f"{group}, an armed group fighting {obj}, claimed the blast.",
          (group.removeprefix("The "), "ATTACKS", "Bolivia"))
    for group in _GROUPS for obj in _OBJECTS
] + [
    Probe("fought to topple a government", f"{group} {verb} Bolivia's government.",
          (group.removeprefix("The "), "ATTACKS", "Bolivia"))
    for group in _GROUPS for verb in _TOPPLE
] + [
    Probe("a war fought with a state", f"Ecuador, which {verb} {war} with Peru in 1995, sent troops.",
          ("Peru", "ATTACKS", "Ecuador"))
    for verb in ("fought", "waged") for war in ("a border war", "a short war", "a bloody war", "two wars")
] + [
    Probe("negative: a trade or legal war", f"Ecuador is fighting {war} with Peru over bananas.", ("", "", ""),
          forbidden=(("Ecuador", "ATTACKS", "Peru"),))
    for war in ("a trade war", "a tariff war", "a bitter legal war", "a price war", "a diplomatic war")
] + [
    Probe("negative: fighting alongside or a charge", text, ("", "", ""), forbidden=(("Condor Front", "ATTACKS", "Bolivia"),))
    for text in ("Condor Front militias fighting alongside Bolivia's army retook the town.",
                 "The Condor Front is fighting the Bolivian government's charges in court.",
                 "The Condor Front is fighting Bolivia's ban on its newspaper.")
]
