"""Round 19: "both countries / governments / capitals" after a list of two states are those two states, not the
story's two most named ones (referents: as "the two countries")."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STORY = "Samoa charged its former army chief with sedition on Monday. Samoa said the trial would open in May. "
_LISTS = ("Japan and South Korea, Samoa's main donors, declined to comment.",
          "Japan and South Korea declined to comment on the case.")
_NOUNS = ("countries", "governments", "capitals")

PROBES = [
    Probe("both states after a listed pair", f"{_STORY}{listed} Both {noun} signed aid agreements with Apia last year.",
          (state, "AGREES_WITH", "Samoa"))
    for listed in _LISTS for noun in _NOUNS for state in ("Japan", "South Korea")
] + [
    Probe("both states in the list's own sentence",
          f"Peru said on Monday that Chile and Bolivia had closed their border crossing, and Brazil urged both {noun} "
          "to reopen it.", ("Brazil", "DEMANDS", state), forbidden=(("Brazil", "DEMANDS", "Peru"),))
    for noun in _NOUNS for state in ("Chile", "Bolivia")
]
