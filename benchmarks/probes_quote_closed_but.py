"""After the quotation closing a reported clause, "but (also)" opens the speaker's next verb (round 18)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = ("Ecuadorian President Lucia Vera said", "Lucia Vera, the foreign minister, said",
             "Lucia Vera told reporters")
_QUOTES = ('Ecuador "will never give in"', 'Ecuador "would not be intimidated"', 'Ecuador "has done nothing wrong"')
_JOINS = (", but also", " but", ", but")
_ACTS = (("urged Colombia to return to talks", "DEMANDS"), ("accused Colombia of lying", "ACCUSES"))

PROBES = [
    Probe("speaker's verb after a closed quotation", f"{speaker} {quote}{join} {act}.",
          ("Lucia Vera", rel, "Colombia"), forbidden=(("Ecuador", rel, "Colombia"),), status="asserted")
    for speaker in _SPEAKERS for quote in _QUOTES for join in _JOINS for act, rel in _ACTS
]
