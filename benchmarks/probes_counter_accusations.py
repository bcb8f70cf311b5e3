"""Round 29: whom a denial answers when the denier counter-accuses in the same breath (counter_accusations.py):
"X denied any such contacts and accused Y of leaking fabricated files", "X denied that civilians had been killed and
called Y an apologist" -> X DENIES Y. Not another subject's accusation after "but"."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_DENIERS = (("Kestrel Party co-leader Anna Berg", "Anna Berg"), ("Ministry spokesman Daniel Pratt", "Daniel Pratt"),
            ("The Vela Front", "Vela Front"))
_COUNTERED = (("Mark Ruiz", "Mark Ruiz"), ("the Tarn Movement", "Tarn Movement"), ("Senator Ines Robles", "Ines Robles"))
_FRAMES = ("{d} denied any such contacts and accused {c} of leaking fabricated files.",
           "{d} denied that any civilians had been killed and accused {c} of spreading lies.",
           "{d} denied the report and blamed {c} for the unrest.")

PROBES = [
    Probe("denial answering the counter-accused", f.format(d=d, c=c), (denier, "DENIES", countered))
    for f in _FRAMES for d, denier in _DENIERS for c, countered in _COUNTERED
] + [
    Probe("denial, then another's accusation", f"{d} denied the report, but {c} accused the minister of lying.",
          ("", "", ""), forbidden=((denier, "DENIES", countered),))
    for d, denier in _DENIERS for c, countered in _COUNTERED
]
