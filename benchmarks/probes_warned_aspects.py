"""Round 30 (C): a warning that holds out an act told through another verb ("warned it would keep striking X",
"would continue to strike", "would not hesitate to strike", "would respond by seizing ...") threatens X, as
"warned it would strike X" does; negatives: the same verbs said without a warning, a warning of no act on anyone."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_WARNERS = (("Israel", "Israel"), ("Defence Minister Avi Tal warned that Israel", "Israel"),
            ("Turkey's defence ministry", "Turkey"))
_HELD_OUT = ("would keep striking", "would continue to strike", "will continue striking", "would not hesitate to strike",
             "could resume striking", "would be forced to strike")
_TARGETS = (("Syrian forces", "Syria"), ("the Free Valley Front", "Free Valley Front"))

PROBES = [
    Probe("a warned act told through another verb",
          f"{who} {'' if 'warned' in who else 'warned that it '}{act} {target} in the province.",
          (state, "THREATENS", name))
    for who, state in _WARNERS for act in _HELD_OUT for target, name in _TARGETS
] + [
    Probe("negative: the same verbs said without a warning", f"Israel said it {act} {target} in the province.",
          ("", "", ""), forbidden=(("Israel", "THREATENS", name),))
    for act in ("would keep striking", "would continue to strike") for target, name in _TARGETS
]
