"""A threat told as the cost its target would bear, round 21: "X warned that Bolivia could lose its fuel discount if
it joined the bloc", "would pay a heavy price", "would face tariffs", and a warned act without "that" ("warned it
could freeze Bolivia's assets") -> X THREATENS the target; negative: a forecast of a loss is no threat."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = ("Marta Quispe", "Chile's energy minister, Marta Quispe,", "Foreign Minister Marta Quispe")
_COSTS = ("could lose its fuel discount if it joined the rival bloc", "would pay a heavy price for the seizure",
          "would face retaliatory tariffs", "would suffer the same fate", "would receive the same treatment",
          "could lose access to our ports unless it changed course")
_VERBS = ("warned that", "warned on Monday that", "said")
_ACTS = ("could freeze the assets of Bolivia's state oil firm", "would expel Bolivia's ambassador",
         "could impose sanctions on Bolivia")

PROBES = [
    Probe("a cost the target would bear", f"{who} {verb} Bolivia {cost}.", ("Marta Quispe", "THREATENS", "Bolivia"))
    for who in _SPEAKERS for verb in _VERBS for cost in _COSTS
] + [
    Probe("a warned act without 'that'", f"{who} warned it {act}.", (subject, "THREATENS", "Bolivia"))
    for who, subject in (("Chile", "Chile"), ("Marta Quispe", "Marta Quispe")) for act in _ACTS
] + [
    Probe("negative: a forecast of a loss", f"Marta Quispe, a Chilean banker, {verb} Bolivia {cost}.", ("", "", ""),
          forbidden=(("Marta Quispe", "THREATENS", "Bolivia"),))
    for verb in _VERBS for cost in ("could lose its credit rating if the floods went on",
                                    "could lose market share to cheaper suppliers", "could lose billions this year")
]
