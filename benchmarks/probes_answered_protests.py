"""A protest answered by its noun (``patterns.EVENT_NOUNS["PROTESTS"]``): "Moscow rejected the protest", "Guyana
dismissed the complaint" after a protest lodged with it REJECTS the protester. Forbidden: examining a complaint
investigates no one who filed it, and a protest movement's leaders are no protest answered."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LODGED = (("Suriname", "Guyana", "Georgetown", "Suriname lodged a formal protest with Guyana on Tuesday over the "
                                                "detention of eleven miners."),
           ("Tajikistan", "Russia", "Moscow", "Tajikistan summoned Russia's ambassador on Wednesday to protest "
                                              "against the treatment of its citizens."),
           ("Chile", "Peru", "Lima", "Chile sent a protest note to Peru on Monday over the seizure of a fishing boat."))
_ANSWERS = ("rejected the protest.", "dismissed the complaint.", "rejected the protest note.",
            "brushed aside the protest on Thursday.", "turned down the complaint.")

PROBES = [
    Probe("protest answered by its noun", f"{story} {answerer} {answer}", (target, "REJECTS", protester),
          forbidden=((protester, "REJECTS", target),))
    for protester, target, seat, story in _LODGED for answerer in (target, seat) for answer in _ANSWERS
]
PROBES += [
    Probe("complaint examined is no inquiry into its author", f"{story} {target}'s prosecutors are examining the "
          f"complaint.", ("", "", ""), forbidden=((target, "INVESTIGATES", protester),))
    for protester, target, _, story in _LODGED
]
