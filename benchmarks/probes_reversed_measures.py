"""A demand that a measure be undone, round 23: "X imposed sanctions on Y. Y demanded that the sanctions be lifted /
that they be lifted / the immediate lifting of the restrictions" -> Y DEMANDS X (whoever took the measure); negatives:
a forecast that the measures will be lifted demands nothing."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PARTIES = (("Ecuador", "Peru"), ("The United States", "Zimbabwe"), ("Australia", "China"), ("Canada", "Iran"))
_DEMANDS = ("demanded that the sanctions be lifted", "demanded that they be lifted",
            "demanded the immediate lifting of the sanctions", "urged the removal of the new restrictions",
            "insisted that the measures should be withdrawn", "demanded that the penalties be revoked immediately")


def _name(x: str) -> str:
    return x.removeprefix("The ")


PROBES = [
    Probe("a demand that a measure be undone",
          f"{x} imposed sanctions on {y} on Monday. {y}'s foreign ministry called the measures illegal and {d}.",
          (y, "DEMANDS", _name(x)))
    for x, y in _PARTIES for d in _DEMANDS
] + [
    Probe("negative: measures expected to be lifted",
          f"{x} imposed sanctions on {y} on Monday. {y}'s trade minister said the sanctions would be lifted soon.",
          ("", "", ""), forbidden=((y, "DEMANDS", _name(x)),))
    for x, y in _PARTIES
]
