"""An agreement named by a noun, round 20: "Chile's 2019 accord with Peru", "Chile's memorandum of understanding
with Peru" -> AGREES_WITH; negative: a critic of another's agreement is no party to it."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = ("Bolivia", "Kenya", "Norway")
_NOUNS = ("memorandum of understanding", "2019 agreement", "2021 defence pact", "2024 accord", "new memorandum")

PROBES = [
    Probe("a possessed agreement noun", f"{state}'s {noun} with Paraguay angered Lima.", (state, "AGREES_WITH", "Paraguay"))
    for state in _STATES for noun in _NOUNS
] + [
    Probe("negative: a critic of another's agreement", f"Lima criticised {state}'s {noun} with Paraguay.",
          (state, "AGREES_WITH", "Paraguay"), forbidden=(("Peru", "AGREES_WITH", "Paraguay"),))
    for state in _STATES for noun in _NOUNS
]
