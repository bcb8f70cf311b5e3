""""arms" as a noun, round 20: "bought small arms from X" is no AIDS of X; positives: the verb "arms" keeps it."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BEFORE = ("bought small arms", "bought light arms", "buys heavy arms", "sold more arms", "is selling its arms",
           "bought the arms")
_VERB = ("arms", "trains and arms", "funds and arms", "openly arms")

PROBES = [
    Probe("negative: arms as a noun", f"Ecuador {before} from Bolivia last year.", ("", "", ""),
          forbidden=(("Ecuador", "AIDS", "Bolivia"),))
    for before in _BEFORE
] + [
    Probe("the verb arms", f"Bolivia {verb} the Tolo Front, Ecuador said.", ("Bolivia", "AIDS", "Tolo Front"))
    for verb in _VERB
]
