"""A pair anaphor ("the two countries") in a reciprocal charge after two bystander states were listed reacting
is the story's dispute, not the bystanders: what the bystanders did, the pair noun and the reciprocal vary."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STORY = ("Chile accused Peru of shelling border villages on Monday. Peru accused Chile of lying. "
          "Chile summoned Peru's ambassador. ")
_REACTIONS = ("Brazil and Uruguay issued similar statements.", "Brazil and Uruguay called for calm.",
              "Brazil and Uruguay said they were following events closely.")
_PAIRS = ("The two countries", "The two governments", "The two capitals")
_RECIPROCALS = (" signed a truce in 2023, but each has since accused the other of breaking it.",
                " have since accused each other of breaking the truce.")

PROBES = [
    Probe("bystander list is not the pair", f"{_STORY}{reaction} {pair}{recip}", ("", "", ""),
          forbidden=(("Brazil", "ACCUSES", "Uruguay"), ("Uruguay", "ACCUSES", "Brazil")))
    for reaction in _REACTIONS for pair in _PAIRS for recip in _RECIPROCALS
]
