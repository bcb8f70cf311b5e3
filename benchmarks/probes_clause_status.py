"""A plan, purpose or expectation told in a clause before ", but" / ", yet" / "; " is not the status of the act
told after it when its subject ("each", "both") was named before the break."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_FIRSTS = ("Chile and Peru signed a truce intended to reduce tension", "Chile and Peru agreed to hold talks",
           "Chile and Peru were expected to sign a truce", "Chile and Peru planned to reopen the border")
_BREAKS = (", but", ", yet", ";")
_SECONDS = (" each has since accused the other of bad faith.", " each accused the other of stalling on Friday.",
            " both have since accused each other of lying.")

PROBES = [
    Probe("status cue before a clause break", f"{first}{brk}{second}", ("Chile", "ACCUSES", "Peru"),
          status="asserted")
    for first in _FIRSTS for brk in _BREAKS for second in _SECONDS
]
