"""A relative clause on a state's government named by its possessive ("relations with Mali's military government,
which accused Togo of ...") is the state's act, wherever the antecedent stands (round 31, argument_gaps.
STATE_GOVERNMENT_GAP); negatives: an object relative ("which Togo accused of"), the state as the relative's object."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OPENINGS = ("Togo has strained relations with", "The ruling comes as Togo faces pressure from",
             "Togo's president met envoys from", "The talks stalled because of")
_GOVERNMENTS = ("Mali's government", "Mali's military government", "Mali's junta", "Mali's transitional authorities",
                "Mali's new regime")
_ACTS = (("accused Togo last year of hosting French troops", ("Mali", "ACCUSES", "Togo")),
         ("accused Lomé of sheltering the plotters", ("Mali", "ACCUSES", "Togo")),
         ("has repeatedly accused Togo of arming the rebels", ("Mali", "ACCUSES", "Togo")),
         ("blamed Togo for the attack", ("Mali", "ACCUSES", "Togo")))

PROBES = [
    Probe("relative clause on a state's government: the state acts", f"{opening} {gov}, which {act}.", expected)
    for opening in _OPENINGS for gov in _GOVERNMENTS for act, expected in _ACTS
] + [
    Probe("negative: an object relative on a state's government",
          f"{opening} {gov}, which Togo has accused of hosting French troops.", ("", "", ""),
          forbidden=(("Mali", "ACCUSES", "Togo"),))
    for opening in _OPENINGS[:2] for gov in _GOVERNMENTS
]
