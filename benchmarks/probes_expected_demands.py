"""What one side expects of another, round 23: "X expects Y to release the crew", "expected Y to honour its
commitments", 'a spokesman said X "fully expects" Y to comply' -> X DEMANDS Y; negatives: forecasts ("expects Y to
win", "expects Y to grow 5 percent", "expects Y to launch an offensive"), "Y is expected to ...", "analysts expect"."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PARTIES = (("Egypt", "Israel"), ("Germany", "Hungary"), ("Chile", "Bolivia"), ("The United States", "Venezuela"))
_VERBS = ("expects", "expected", "fully expects")
_ACTS = ("to release the detained aid workers", "to honour its commitments", "to lift its veto",
         "to comply with the ruling", "to withdraw its troops from the border", "to hand over the suspects",
         "to remove the clause from its constitution")


def _name(x: str) -> str:
    return x.removeprefix("The ")


PROBES = [
    Probe("an expectation of another side's act", f"{x} {verb} {y} {act}, the foreign ministry said.",
          (_name(x), "DEMANDS", y))
    for x, y in _PARTIES for verb in _VERBS for act in _ACTS
] + [
    Probe("negative: a forecast, not a demand", text.format(x=x, y=y), ("", "", ""),
          forbidden=((_name(x), "DEMANDS", y),))
    for x, y in _PARTIES
    for text in ("{x} expects {y} to win the vote.", "{x} expects {y} to grow by 5 percent next year.",
                 "{x} expects {y} to launch a new offensive in the spring.", "{y} is expected to release the figures, {x} said.",
                 "{x} expects {y} to meet its neighbours next month.")
]
