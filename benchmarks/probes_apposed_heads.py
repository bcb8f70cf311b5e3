"""Round 21: a description after a body described by an apposition ("the X Front, an offshoot of the Y Movement")
is the head, the X Front, not the Y the apposition names last."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_APPOSITIONS = ("an offshoot of the Andean People's Movement", "a remnant of the Andean People's Movement",
                "a breakaway faction of the Andean People's Movement", "a splinter group of the Andean People's Movement",
                "the armed wing of the Andean People's Movement")
_OPENINGS = ("Peru arrested five members of the Red Dawn Front, {app}, on Saturday.",
             "Peruvian troops raided a camp of the Red Dawn Front (RDF), {app}, on Saturday.")
_USES = (("The group accused Peru of torture.", ("Red Dawn Front", "ACCUSES", "Peru")),
         ("Peru later accused the group of bombing a bridge.", ("Peru", "ACCUSES", "Red Dawn Front")),
         ("Officials said the group's leader, Mario Quispe, had escaped.", ("Mario Quispe", "LEADS", "Red Dawn Front")))

PROBES = [
    Probe("a description after a body an apposition describes", f"{opening.format(app=app)} {use}", expected,
          forbidden=((expected[0], expected[1], "Andean People's Movement"),) if expected[2] != "Peru"
          else (("Andean People's Movement", expected[1], "Peru"),))
    for app in _APPOSITIONS for opening in _OPENINGS for use, expected in _USES
]

# the apposed body called by a word of its own name is that body ("the movement": the Andean People's Movement)
PROBES += [
    Probe("a description naming the apposed body", f"{opening.format(app=app)} The movement accused Peru of lying.",
          ("Andean People's Movement", "ACCUSES", "Peru"), forbidden=(("Red Dawn Front", "ACCUSES", "Peru"),))
    for app in _APPOSITIONS for opening in _OPENINGS
]
