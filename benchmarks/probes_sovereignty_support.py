"""Support restated for a state's standing, round 20: "reiterated its full support for the sovereignty of X" ->
SUPPORTS X; negative: support for talks with X or for X's forces is no support of X itself."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_VERBS = ("reiterated", "reaffirmed", "expressed", "voiced", "renewed", "restated", "underlined")
_STANDING = ("sovereignty", "territorial integrity", "sovereignty and territorial integrity",
             "sovereignty, unity and territorial integrity", "independence", "unity")

PROBES = [
    Probe("support restated for a state's standing", f"Ghana {verb} its full support for the {standing} of Togo.",
          ("Ghana", "SUPPORTS", "Togo"))
    for verb in _VERBS for standing in _STANDING
] + [
    Probe("negative: support for talks with a state", f"Ghana {verb} its support for the talks with Togo.",
          ("", "", ""), forbidden=(("Ghana", "SUPPORTS", "Togo"),))
    for verb in _VERBS
]
