"""A question put to another side, round 23: "X asked Y whether its troops had crossed the border", "asked Y how it
planned to comply", "asked Y if it would lift its veto" is no demand on Y; "asked Y to lift its veto" still is."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PARTIES = (("Kenya", "Uganda"), ("Germany", "Hungary"), ("The European Commission", "Poland"), ("Chile", "Peru"))
_QUESTIONS = ("whether its troops had crossed the border", "how it planned to comply with the ruling",
              "if it would lift its veto", "why it had closed the crossing", "when it would reopen the embassy")


def _name(x: str) -> str:
    return x.removeprefix("The ")


PROBES = [
    Probe("negative: a question put to another side", f"{x} asked {y} {q}.", ("", "", ""),
          forbidden=((_name(x), "DEMANDS", y),))
    for x, y in _PARTIES for q in _QUESTIONS
] + [
    Probe("a request still a demand", f"{x} asked {y} {act}.", (_name(x), "DEMANDS", y))
    for x, y in _PARTIES for act in ("to lift its veto", "to explain why it had closed the crossing",
                                     "for an explanation of how it planned to comply")
]
