"""A detention told with a passive "held" and where or how, round 21: "Rosa Mamani has been held in custody since
May", "was being held at a military prison", "who has been held without charge" -> the acting state COERCES her;
negatives: talks or meetings held, someone held responsible."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_AUX = ("has been", "was being", "is being", "had been", "is still being")
_HOW = ("held in custody since May", "held without charge", "held incommunicado", "held in pre-trial detention",
        "held at a military prison near Oruro", "held in solitary confinement", "held since her arrest")

PROBES = [
    Probe("a detention told with 'held'", f"Bolivian police said the activist Rosa Mamani {aux} {how}.",
          ("Bolivia", "COERCES", "Rosa Mamani"))
    for aux in _AUX for how in _HOW
] + [
    Probe("negative: held talks or blame", text, ("", "", ""), forbidden=(("Bolivia", "COERCES", "Paraguay"),
                                                                    ("Bolivia", "COERCES", "Rosa Mamani")))
    for text in ("Talks with Paraguay were held in Sucre on Monday, Bolivia said.",
                 "Weekly meetings with Paraguay have been held since the seizure, Bolivia said.",
                 "Rosa Mamani was held responsible for the losses by Bolivia's audit court.",
                 "Elections in Paraguay were held in a calm atmosphere, Bolivia's observers said.")
]
