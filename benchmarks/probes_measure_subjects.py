"""A state in a modifier saying what an agentless measure concerns ("Bolivia-related sanctions against X") is the
measure's subject, never its taker; the document's named sanctioner still takes it."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_TAILS = ("related", "linked", "connected", "focused", "specific")
_MEASURES = (("sanctions", "SANCTIONS"), ("designations", "DESIGNATES"), ("new sanctions", "SANCTIONS"))
_FRAMES = (
    ("It was the third round of Bolivia-{tail} {noun} against Paraguayan shipping firms this year.", False),
    ("Chile sanctioned Peru's navy chief on Monday. It was the third round of Bolivia-{tail} {noun} against "
     "Paraguayan shipping firms this year.", True),
    ("Chile sanctioned Peru's navy chief on Monday. Bolivia-{tail} {noun} on Paraguayan shipping firms followed "
     "on Tuesday.", True),
)

PROBES = [
    Probe("state a measure is about, not its taker", frame.format(tail=tail, noun=noun),
          ("Chile", rel, "Paraguayan shipping firms") if named else ("", "", ""),
          forbidden=(("Bolivia", rel, "Paraguayan shipping firms"),))
    for tail in _TAILS for noun, rel in _MEASURES for frame, named in _FRAMES
]
