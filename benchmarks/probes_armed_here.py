"""Round 21: "the group" for a body named in its own sentence with an armed noun after the name, when no other
body is armed ('killed "X fighters" ... the group's unit'), not the body of states named before."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BEFORE = ("The UN said on Monday that its mission would stay in the south.",
           "The European Union said on Monday that its monitors would stay in the south.")
_NOUNS = ("fighters", "militants", "gunmen", "rebels")
_LATER = (("Chile later accused the group of smuggling arms.", ("Chile", "ACCUSES", "Tawantin")),
          ("The group later accused Chile of arming Peru.", ("Tawantin", "ACCUSES", "Chile")))

PROBES = [
    Probe("a body named with an armed noun is the group", f'{before} The Peruvian army said it had killed "Tawantin '
          f"{noun}\" near the border, and named one of the dead as a commander in the group's unit. {later}", expected)
    for before in _BEFORE for noun in _NOUNS for later, expected in _LATER
]

# another body already under arms by its name keeps "the group" (the earlier rule stands)
PROBES += [
    Probe("an armed body named before keeps the group", "The Red Dawn Front attacked a convoy on Monday. The Peruvian "
          f"army said it had killed Tawantin {noun} near the border and accused the group of hiding them.",
          ("Peru", "ACCUSES", "Red Dawn Front"))
    for noun in _NOUNS
]
