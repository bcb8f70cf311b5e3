"""A state's body speaking the closing attribution ("..., Chile's navy said") is not the object of the act it
reports: the act, the body and the verb of saying vary."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACTS = (("Peru fired four rockets into the sea off its coast on Friday", "ATTACKS"),
         ("Peru fired four rockets on Friday", "ATTACKS"),
         ("Peru launched two drones overnight", "ATTACKS"),
         ("Peru detained three fishermen on Friday", "COERCES"))
_BODIES = ("Chile's navy", "Chile's defence ministry", "Chile's joint chiefs of staff", "Chile's coast guard")
_VERBS = ("said", "reported", "told reporters", "said in a statement")

PROBES = [
    Probe("state body speaking the closing tag is no object", f"{act}, {body} {verb}.", ("", "", ""),
          forbidden=(("Peru", rel, "Chile"),))
    for act, rel in _ACTS for body in _BODIES for verb in _VERBS
]
