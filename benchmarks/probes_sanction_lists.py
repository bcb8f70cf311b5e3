"""Listing verbs and the kinds of list that carry a measure (triggers.yaml ``sanction_list``): "placed X on a visa
ban list" and "added X to its list of asset freeze targets" sanction X, "removed X from its travel ban list" eases
it; a list with no measure ("a list of speakers", "its export control list") sanctions no one."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_AGENTS = ("Canada", "Norway", "The European Union")
_TARGETS = ("Tomas Velikov", "Orlen Shipping Partners")
_LISTS = ("a visa ban list", "its travel ban list", "its entry ban list", "their sanctions lists",
          "its consolidated list of asset freeze targets", "a list of officials barred from entering the country",
          "its list of vessels banned from its ports")
_NO_MEASURE = ("a list of speakers at the summit", "its export control list", "a shortlist of bidders",
               "its list of preferred suppliers")


def _agent(a: str) -> str:
    return a.replace("The ", "", 1)


PROBES = [
    Probe("listed under a measure", f"{a} {verb} {t} {prep} {lst} on Monday.", (_agent(a), "SANCTIONS", t))
    for a in _AGENTS for t in _TARGETS for lst in _LISTS
    for verb, prep in (("placed", "on"), ("added", "to"))
] + [
    Probe("taken off a measure list", f"{a} removed {t} from {lst} on Friday.", (_agent(a), "EASES_SANCTIONS", t))
    for a in _AGENTS for t in _TARGETS for lst in _LISTS[:3]
] + [
    Probe("listed with no measure", f"{a} added {t} to {lst} on Monday.", ("", "", ""),
          forbidden=((_agent(a), "SANCTIONS", t),))
    for a in _AGENTS for t in _TARGETS for lst in _NO_MEASURE
]
