"""A state's backing told in an apposition (round 19): "Y, a Bolivia-backed rebel group," / "Y, the main
Moscow-backed party of Z," -> the state SUPPORTS Y; a list (", the Bolivia-backed militias and Z") is no apposition."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = (("Bolivia", "Bolivia"), ("Bolivian", "Bolivia"), ("La Paz", "Bolivia"), ("Iran", "Iran"),
           ("Iranian", "Iran"), ("Kremlin", "Russia"))
_DESCRIPTIONS = ("a {s}-backed rebel group", "the {s}-backed militia", "the main {s}-backed party of ethnic Aymara",
                 "a {s}-sponsored armed group", "the {s}-supported movement")
_BODY = "Lowland Front"

PROBES = [
    Probe("backed apposition after a body", f"The {_BODY}, {d.format(s=s)}, said it had taken the town.",
          (state, "SUPPORTS", _BODY))
    for s, state in _STATES for d in _DESCRIPTIONS
] + [
    Probe("backed apposition after a body, object", f"Chile condemned the {_BODY}, {d.format(s=s)}.",
          (state, "SUPPORTS", _BODY))
    for s, state in _STATES for d in _DESCRIPTIONS
] + [
    Probe("backed description heading a list", f"Chile sanctioned the {_BODY}, the {s}-backed militias and two firms.",
          ("", "", ""), forbidden=((state, "SUPPORTS", _BODY),))
    for s, state in _STATES
]
