"""Backing told by its material means ("backed X with a $2 billion loan", "supports X through a loan programme"):
aid to X; backing with words or votes ("backed X with a statement") stays support."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Norway", "Peru"), ("Japan", "the Andean Liberation Front"))
_VERBS = ("backed", "supported", "propped up", "bolstered", "has long supported")
_MEANS = ("with a $2 billion loan", "with weapons and cash", "through a loan programme", "with budget support",
          "with troops and ammunition", "with cheap credit")
_WORDS = ("with a statement", "with its vote at the United Nations", "with strong words")


def _name(n: str) -> str:
    return n.replace("the ", "", 1)


PROBES = [
    Probe("backing by material means", f"{a} {verb} {b} {means} last year.", (a, "AIDS", _name(b)),
          forbidden=((a, "SUPPORTS", _name(b)),))
    for a, b in _PAIRS for verb in _VERBS for means in _MEANS
] + [
    Probe("backing by words", f"{a} {verb} {b} {words} last year.", ("", "", ""), forbidden=((a, "AIDS", _name(b)),))
    for a, b in _PAIRS for verb in _VERBS for words in _WORDS
]
