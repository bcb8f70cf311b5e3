"""Round 20: "it" after an apposition ("X, the armed wing of Y, accusing it of ...") is the head X, not the body Y
named inside the apposition; coordinated bodies ("X and Y, accusing it") keep the last named."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_VERBS = ("banned", "sanctioned", "designated")
_APPOSITIONS = ("the armed wing of the Sorel Movement", "a splinter faction of the Sorel Movement",
                "the youth wing of the opposition Sorel Movement (SM)", "an ally of the Sorel Movement")
_TAILS = (("accusing it of smuggling arms.", "ACCUSES"), ("and urged it to disarm.", "DEMANDS"),
          ("and accused it of funding attacks.", "ACCUSES"))

PROBES = [
    Probe("apposition head: it after the apposition",
          f"Chile on Monday {verb} the Kuda Front, {ap}, {tail}", ("Chile", rel, "Kuda Front"),
          forbidden=(("Chile", rel, "Sorel Movement"),))
    for verb in _VERBS for ap in _APPOSITIONS for tail, rel in _TAILS
] + [
    # negative: two bodies coordinated, no apposition: "it" is still the one named last
    Probe("apposition head: coordinated bodies",
          f"Chile on Monday {verb} the Kuda Front and the Sorel Movement, {tail}", ("Chile", rel, "Sorel Movement"))
    for verb in _VERBS for tail, rel in _TAILS[:1]
]
