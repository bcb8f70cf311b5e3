"""A threat joined to a demand, round 23: "X demanded that Y withdraw its troops, threatening sanctions", "urged Y to
lift the blockade and threatened to close its airspace", "called on Y to free the crew, warning of 'consequences'" ->
X THREATENS Y as well as DEMANDS it; negatives: a forecast joined to a demand ("warning that a higher tariff would
raise costs", "warning that a third state could exploit the dispute") threatens no one."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PARTIES = (("Serbia", "Kosovo"), ("Algeria", "Morocco"), ("The European Union", "Georgia"), ("Kenya", "Somalia"))
_DEMANDS = ("demanded that {y} withdraw its police from the border", "urged {y} to lift the blockade",
            "called on {y} to release the detained crew")
_THREATS = (", threatening sanctions", ", threatening to close its airspace", " and threatened to expel its diplomats",
            ", warning of \"serious consequences\"", ", warning of retaliation",
            " and warned that it would retaliate if the demand was ignored")


def _name(x: str) -> str:
    return x.removeprefix("The ")


PROBES = [
    Probe("a threat joined to a demand", f"{x} on Monday {demand.format(y=y)}{threat}.", (_name(x), "THREATENS", y))
    for x, y in _PARTIES for demand in _DEMANDS for threat in _THREATS
] + [
    Probe("negative: a forecast joined to a demand", f"{x} urged {y} to reopen the border, {tail}.", ("", "", ""),
          forbidden=((_name(x), "THREATENS", y),))
    for x, y in _PARTIES
    for tail in ("warning that a higher tariff would raise costs for farmers",
                 "warning that Chad could exploit the dispute",
                 "warning that the economy could suffer",
                 "and warned that public debt risks becoming unsustainable")
]
