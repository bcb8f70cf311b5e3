"""Appeals and challenges with no court named (round 21): "said it would appeal", "has appealed the ruling", "would
challenge the ban" protest whoever took the decision against the appellant; an appeal for calm or to a body for
help is no challenge."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = (("Ecuador", "Ecuadorian", "Quito"), ("Kenya", "Kenyan", "Nairobi"), ("Georgia", "Georgian", "Tbilisi"))
_FIRST = "{dem} authorities ordered the closure of the news site Radio Libre on Monday. "
_APPEALS = ("Radio Libre said it would appeal.", "Radio Libre plans to appeal.", "Radio Libre vowed to appeal.",
            "Radio Libre said it would appeal to the Supreme Court.", "Radio Libre has appealed the ruling.",
            "Radio Libre said it would challenge the closure.", "Radio Libre said it would challenge the decision.")

PROBES = [
    Probe("appeal with no court named", _FIRST.format(dem=dem) + second, ("Radio Libre", "PROTESTS", state))
    for state, dem, _ in _STATES for second in _APPEALS
] + [
    Probe("appeal with no court named: future is hypothetical", _FIRST.format(dem=dem) + second,
          ("Radio Libre", "PROTESTS", state), status="hypothetical")
    for state, dem, _ in _STATES for second in _APPEALS[:3]
] + [
    Probe("appeal with no court named: no challenge", _FIRST.format(dem=dem) + second, ("", "", ""),
          forbidden=(("Radio Libre", "PROTESTS", state), ("United Nations", "PROTESTS", state)))
    for state, dem, capital in _STATES
    for second in ("The United Nations appealed for calm.",
                   f"Radio Libre appealed to the Security Council for help against {capital}.",
                   "Radio Libre appealed to readers to stay calm.",
                   "Radio Libre has the right to appeal within ten days.")
]
