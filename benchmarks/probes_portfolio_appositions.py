"""A formal title with its capitalised portfolio in an apposition after the name (round 19): "X, Minister of
Foreign Affairs of Chile," -> X HOLDS_POSITION Chile; "the former Minister of ..." holds nothing."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = ("Chile", "Ghana", "Norway", "Kenya")
_TITLES = ("Minister of Foreign Affairs", "Minister of Defence", "Minister of Energy and Mines",
           "Minister of State for Foreign Affairs", "Deputy Minister of Finance", "the Minister of Justice")
_NAME = "Tomas Berg"

PROBES = [
    Probe("portfolio title of a state after the name", f"{_NAME}, {title} of {state}, met Peru's ambassador on Monday.",
          (_NAME, "HOLDS_POSITION", state))
    for state in _STATES for title in _TITLES
] + [
    Probe("former portfolio title after the name", f"{_NAME}, the former Minister of Defence of {state}, met Peru's envoy.",
          ("", "", ""), forbidden=((_NAME, "HOLDS_POSITION", state),))
    for state in _STATES
]
