"""A measure's targets listed after a colon, one item a line: each item's leading names get the measure from the
state that announced it in the lede; a firm named in an item's description does not."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_AGENTS = ("Canada", "Japan", "Australia")
_INTROS = (("Those sanctioned include:", "SANCTIONS"), ("According to the ministry, the following were designated:",
                                                       "DESIGNATES"),
           ("Among those named in the official notice are:", "SANCTIONS"), ("The firms targeted are:", "SANCTIONS"),
           ("Those designated include:", "DESIGNATES"))
_BULLETS = ("", "- ", "\u2022 ")
_ITEMS = ("Orlan Vasquez Mena, a director of Corvina Freight SA;",
          "Lisbon-based Trident Bulk Carriers Ltd and Halcon Marine Holdings Ltd;",
          "Grupo Delmar, which the ministry said owned the tanker Sea Breeze.")
_CHECKED = ("Orlan Vasquez Mena", "Halcon Marine Holdings Ltd", "Grupo Delmar")


def _text(agent: str, intro: str, bullet: str) -> str:
    lede = (f"{agent} on Monday imposed sanctions on three shipping firms and two traders it accused of helping "
            "Iran sell oil.")
    return lede + "\n\n" + intro + "\n\n" + "\n".join(bullet + item for item in _ITEMS)


PROBES = [
    Probe("colon list of a measure's targets", _text(agent, intro, bullet), (agent, rel, name),
          forbidden=((agent, rel, "Corvina Freight SA"), (agent, "SANCTIONS", "Corvina Freight SA")))
    for agent in _AGENTS for intro, rel in _INTROS for bullet in _BULLETS for name in _CHECKED
]
