"""A removal from a sanctions list told of the one removed, round 23: "Y's removal from the U.S. blacklist", "Y
welcomed its removal from the sanctions list of X", "Y was removed from X's terrorism blacklist" -> X
EASES_SANCTIONS Y; negatives: a removal from office, a removal only demanded."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LISTED = ("Belarus", "the Tavush Front")
_FRAMES = ("{y}'s removal from the Canadian sanctions list was announced on Monday.",
           "{y} welcomed its removal from the sanctions list of Canada.",
           "{y} was removed from Canada's terrorism blacklist on Monday.",
           "{y} has been removed from the Canadian list of terrorist organisations, officials said.",
           "{y}'s delisting from Canada's sanctions register took effect on Monday.")

PROBES = [
    Probe("a removal from a sanctions list told of the one removed", frame.format(y=y[:1].upper() + y[1:]),
          ("Canada", "EASES_SANCTIONS", y.removeprefix("the ")))
    for y in _LISTED for frame in _FRAMES
] + [
    Probe("negative: a removal from office, or only demanded", text, ("", "", ""),
          forbidden=(("Canada", "EASES_SANCTIONS", "Belarus"),))
    for text in ("Belarus demanded its removal from the Canadian sanctions list.",
                 "Belarus called for its removal from Canada's blacklist on Monday.",
                 "Canada welcomed the removal of Belarus's president from office.")
]
