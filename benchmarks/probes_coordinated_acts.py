"""Round 28: a speaker who says an act "had been coordinated with" a party tells the cooperation of the speaker's
side with it (the state the speaker leads or serves, each party listed); a passive with no speaker tells none."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Estonian Prime Minister Kaja Tamm", "Estonia"), ("Chilean Foreign Minister Luis Rojas", "Chile"),
             ("Peru", "Peru"))
_ACTS = ("the boarding", "the sanctions", "the border operation", "the evacuation")
_PARTNERS = (("Finland", "Finland"), ("Washington", "United States"), ("the African Union", "African Union"))

PROBES = [
    Probe("act coordinated with a party, by the speaker's side",
          f"{who} said {act} had been coordinated with {p}.", (side, "COOPERATES_WITH", name))
    for who, side in _SPEAKERS for act in _ACTS for p, name in _PARTNERS
] + [
    Probe("act coordinated with two parties, by the speaker's side",
          f"{who} said {act} was closely coordinated with Finland and Norway.", (side, "COOPERATES_WITH", "Norway"))
    for who, side in _SPEAKERS for act in _ACTS
] + [
    Probe("coordinated act with no speaker: no cooperation named",
          f"{capital} was quiet on Monday. The raid was coordinated with {p}.", ("", "", ""),
          forbidden=((state, "COOPERATES_WITH", name),))
    for capital, state in (("Tallinn", "Estonia"), ("Santiago", "Chile")) for p, name in _PARTNERS
]
