"""Round 31: a people's adjective with no state in the word list, before a common noun ("the Korean ship", "the
Kurdish blocs", "the Flemish activists"), says whose the thing is and is no body of its own; before a body's noun
("the Sindian front") it is part of a name."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ADJECTIVES = ("Korean", "Kurdish", "Flemish", "Balinese", "Andean")
_WORDINGS = ("China accused the {adj} ship of provocative behaviour on Monday.",
             "Turkey's speaker held talks with the {adj} blocs before the vote.",
             "Police in Ankara detained the {adj} activists on Tuesday.")

PROBES = [
    Probe("people's adjective before a common noun", wording.format(adj=adj), ("", "", ""), absent=(adj,))
    for adj in _ADJECTIVES for wording in _WORDINGS
]
PROBES += [
    Probe("people's adjective before a body's noun stays a body",
          f"Senegal's army said the {name} {noun} had attacked a patrol. The {name} {noun} accused Senegal of "
          "provoking the clash.", (name, "ACCUSES", "Senegal"))
    for name in ("Sindian", "Tambarian") for noun in ("front", "movement")
]
