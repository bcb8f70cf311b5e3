"""Defending or welcoming an act of one's own side: no support for those it was done to (round 18)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACTS = (("at least 20 people were detained", "detentions"), ("at least 20 people were arrested", "arrests"))
_SPEAKERS = ("Ana Soto, the prime minister,", "Prime Minister Ana Soto", "The prime minister, Ana Soto,")
_VERBS = ("defended", "welcomed", "praised", "justified")

PROBES = [
    Probe("own side's act defended", f"Chilean police on Monday detained Rosa Lagos, leader of the opposition Dawn "
          f"Front. Officers sealed off the square, and {act}. {speaker} {verb} the {noun}.",
          ("", "", ""), forbidden=(("Ana Soto", "SUPPORTS", "at least 20 people"),))
    for act, noun in _ACTS for speaker in _SPEAKERS for verb in _VERBS
]
