"""A tie told as a state after "be" ("X, which is linked to Y", "whether X is tied to Y"), round 20: X is
ASSOCIATED_WITH Y; negatives: the speaker of a linked event ("said the bombing was linked to Y") is no party."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PARTS = ("linked to", "tied to", "connected to", "affiliated with", "associated with")
_PAIRS = (("Tolo Front", "Kessa Brigade"), ("Marwick Freight", "Dalgren Shipping"), ("Orrin Vael", "Kessa Brigade"))
_BE = ("is", "was", "is also", "was reportedly", "has long been", "is closely")
_EVENTS = ("bombing", "attack", "fire", "shooting")

PROBES = [
    Probe("a tie stated in a relative clause", f"The {x}, which {be} {part} the {y}, was named in the report."
          if x != "Orrin Vael" else f"{x}, who {be} {part} the {y}, was named in the report.",
          (x, "ASSOCIATED_WITH", y))
    for x, y in _PAIRS for be in _BE for part in _PARTS
] + [
    Probe("a tie stated as a main clause", f"{'The ' if x != 'Orrin Vael' else ''}{x} {be} {part} the {y}.",
          (x, "ASSOCIATED_WITH", y))
    for x, y in _PAIRS for be in _BE for part in _PARTS
] + [
    Probe("negative: a linked event names no party", f"Uruguay said the {event} was {part} the Kessa Brigade.",
          ("", "", ""), forbidden=(("Uruguay", "ASSOCIATED_WITH", "Kessa Brigade"),))
    for event in _EVENTS for part in _PARTS
]
