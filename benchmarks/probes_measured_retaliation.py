"""A retaliation worded as measures or a reserved right ("warned it would take 'necessary measures'", "reserves
the right to take all necessary steps"): a threat to whoever last acted against the speaker; measures for some
other end ("to improve the training of its crews") are none (round 19)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACTS = ("Ecuador expelled two Colombian diplomats on Sunday.", "Ecuador imposed sanctions on Colombia on Sunday.",
         "Ecuadorian troops attacked Colombia on Sunday.")
_SPEAKERS = ("Colombia said", "Colombia warned", "Colombia warned that")
_THREATS = ('it would take "necessary measures"', "it would take all necessary measures to protect its citizens",
            "it would take the necessary steps to defend its interests", "it reserves the right to take all necessary steps",
            "it would take all measures necessary to safeguard its sovereignty", 'it would take "all necessary measures"')
_NOT_THREATS = ("it would take the necessary steps to improve the training of its crews",
                "its navy would take the necessary measures to protect the fleet")

PROBES = [
    Probe("a measured retaliation threatens the last adversary", f"{act} {speaker} {threat}.",
          ("Colombia", "THREATENS", "Ecuador"))
    for act in _ACTS for speaker in _SPEAKERS for threat in _THREATS
] + [
    Probe("measures for another end threaten no one", f"{act} Colombia said {other}.", ("", "", ""),
          forbidden=(("Colombia", "THREATENS", "Ecuador"),))  # ("warned" alone is a threat: not varied here)
    for act in _ACTS for other in _NOT_THREATS
]
