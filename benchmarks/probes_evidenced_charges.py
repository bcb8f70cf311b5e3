"""A charge told through the evidence that shows it: "X said the ruling showed that Y was criminalising dissent" ->
X ACCUSES Y (round 31, evidenced_charges.py); negatives: evidence said to show nothing, a clause that imputes no
wrong, the speaker's own state."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Chile", "Chile"), ("The Andean Rights Network", "Andean Rights Network"),
             ("Chile's interior minister, Ana Ruiz,", "Ana Ruiz"))
_EVIDENCE = ("the ruling showed that", "phone records proved that", "the evidence showed", "the audit had revealed that",
             "the inquiry had established that", "satellite images clearly demonstrated that")
_ACCUSED = (("Peru", "Peru"), ("the Southern Liberation Front", "Southern Liberation Front"))
_WRONGS = ("had armed the rebels", "was criminalising dissent", "had smuggled weapons across the border",
           "had bribed the judges")

PROBES = [
    Probe("evidence nested in a report: the speaker accuses", f"{speaker} said {evidence} {accused} {wrong}.",
          (who, "ACCUSES", target))
    for speaker, who in _SPEAKERS for evidence in _EVIDENCE for accused, target in _ACCUSED for wrong in _WRONGS
] + [
    Probe("negative: evidence said to show nothing", f"Chile said no evidence showed that {accused} {wrong}.",
          ("", "", ""), forbidden=(("Chile", "ACCUSES", target),))
    for accused, target in _ACCUSED for wrong in _WRONGS
] + [
    Probe("negative: evidence of no wrong", f"Chile said {evidence} {accused} had won the vote.", ("", "", ""),
          forbidden=(("Chile", "ACCUSES", target),))
    for evidence in _EVIDENCE for accused, target in _ACCUSED
] + [
    Probe("negative: the speaker's own state in the evidence",
          f"Chile's interior minister, Ana Ruiz, said {evidence} Chile had armed the rebels.", ("", "", ""),
          forbidden=(("Ana Ruiz", "ACCUSES", "Chile"),))
    for evidence in _EVIDENCE
]
