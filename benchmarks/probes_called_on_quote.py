"""An appeal with a quoted infinitive ("called on them \"to ...\"") accuses no one (round 18)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OPEN = "Peru accused Ecuador of piracy."
_SPEAKERS = ("The UN envoy, Rosa Lagos, said she had met both sides and", "UN envoy Rosa Lagos met both sides and")
_APPEALS = ('called on them "to refrain from any step that could inflame the dispute"',
            'called upon them "to show restraint"', 'called on both capitals "to return to talks"',
            'called on Peru and Ecuador "to avoid a new escalation"')

PROBES = [
    Probe("appeal with a quoted infinitive", f"{_OPEN} {speaker} {appeal}.", ("", "", ""),
          forbidden=(("Rosa Lagos", "ACCUSES", "Peru"), ("Rosa Lagos", "ACCUSES", "Ecuador")))
    for speaker in _SPEAKERS for appeal in _APPEALS
]
