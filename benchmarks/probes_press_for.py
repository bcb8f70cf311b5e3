""""press for <a thing>" has no addressee: the next actor named in the sentence is not pressed ("a tool to press for
democracy and that Estonia sent aid"); "pressed Estonia to / for" are demands on Estonia (round 19)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_THINGS = ("democracy", "reform", "calm", "convictions", "a ceasefire")
_FORMS = ("to press for", "pressing for")
_PRESSED = ("pressed Estonia to reopen the border", "pressed Estonia for answers", "pressed Estonia hard to act",
            "has pressed Estonia to free the activists")

PROBES = [
    Probe("press for a thing: no one pressed", f"Latvia said the tariffs were a lever {form} {thing} and that Estonia "
          "had sent aid.", ("", "", ""), forbidden=(("Latvia", "DEMANDS", "Estonia"),))
    for form in _FORMS for thing in _THINGS
] + [
    Probe("pressed someone: a demand on them", f"Latvia {pressed}.", ("Latvia", "DEMANDS", "Estonia"))
    for pressed in _PRESSED
]
