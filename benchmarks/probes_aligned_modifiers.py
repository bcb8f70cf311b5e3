"""A state before "-aligned"/"-allied" on a body, round 20: "the Peru-aligned Tolo Front" -> the Front SUPPORTS
Peru (as "aligned with"); negative: "-backed" stays the state's support of the body, never the reverse."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = (("Peru", "Peru"), ("Kremlin", "Russia"), ("Tehran", "Iran"), ("U.S.", "United States"))
_BODIES = ("Tolo Front", "Kessa Brigade", "Northern Movement")
_HOW = ("aligned", "allied")

PROBES = [
    Probe("a body named after a state's -aligned", f"The {state}-{how} {body} shelled a border post on Monday.",
          (body, "SUPPORTS", name))
    for state, name in _STATES for body in _BODIES for how in _HOW
] + [
    Probe("a body apposed as a state's -aligned", f"The {body}, a {state}-{how} militia, shelled a border post.",
          (body, "SUPPORTS", name))
    for state, name in _STATES for body in _BODIES for how in _HOW
] + [
    Probe("negative: -backed is the state's support", f"The {state}-backed {body} shelled a border post on Monday.",
          (name, "SUPPORTS", body), forbidden=((body, "SUPPORTS", name),))
    for state, name in _STATES for body in _BODIES
]
