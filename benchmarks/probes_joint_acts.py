"""Round 21: a joint act or cooperation of coordinated parties with no "with" ("A and B began joint patrols", "A and
B are cooperating on the inquiry") across joint-act verbs and pairs, and the wordings that must not give it (one
party's drill after a row, both cooperating with a third)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Peru", "Ecuador"), ("Ghana", "Togo"), ("Kenya", "Somalia"))
_JOINT = ("began joint patrols along the border", "held joint naval exercises on Monday",
          "launched joint operations against the rebels", "are cooperating on the inquiry",
          "still collaborate on fisheries research")

PROBES = [
    Probe("joint act of coordinated parties", f"{a} and {b} {act}.", (a, "COOPERATES_WITH", b), both_ways=True)
    for a, b in _PAIRS for act in _JOINT
] + [
    Probe("joint act of coordinated parties: one party only", f"{a} accused {b} of spying. {a} {act}.",
          ("", "", ""), forbidden=((a, "COOPERATES_WITH", b), (b, "COOPERATES_WITH", a)))
    for a, b in _PAIRS for act in _JOINT
] + [
    Probe("joint act of coordinated parties: with a third", f"{a} and {b} cooperated closely with Interpol.",
          (a, "COOPERATES_WITH", "Interpol"), forbidden=((a, "COOPERATES_WITH", b), (b, "COOPERATES_WITH", a)))
    for a, b in _PAIRS
]
