"""A that- or because-clause with a common-noun subject no actor names: its verb is no one's (round 18)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LEADS = ("Ecuador has widened its raids on Colombian ports, arguing that", "Ecuador said that",
          "Ecuador's defence ministry said that", "Ecuador defended the raids, arguing they were legal because")
_SUBJECTS = ("the fishing industry", "the sector", "this trade", "the smuggling network")
_ACTS = (("finances Bogota's navy", "AIDS"), ("arms Colombia", "AIDS"), ("has attacked Colombia", "ATTACKS"))

PROBES = [
    Probe("common-noun subject of a that-clause", f"{lead} {subj} {act}.", ("", "", ""),
          forbidden=(("Ecuador", rel, "Colombia"),))
    for lead in _LEADS for subj in _SUBJECTS for act, rel in _ACTS
]
