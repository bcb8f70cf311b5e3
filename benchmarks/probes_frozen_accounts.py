"""Freezes of what a party holds (triggers.yaml ``frozen_holdings``): "froze the bank accounts of X", "would freeze
X's funds" sanction X; a freeze on a relative's accounts or on funding for X does not."""

from __future__ import annotations

from benchmarks.probe_grid import Probe, possessive

_AGENTS = ("Chile", "Norway", "The European Union")
_TARGETS = ("Tomas Velikov", "Meridian Holdings")
_HOLDINGS = ("assets", "bank accounts", "accounts", "funds", "property", "properties")


def _agent(a: str) -> str:
    return a.replace("The ", "", 1)


PROBES = [
    Probe("frozen holdings of a party", f"{a} froze the {h} {prep} {t} on Monday.", (_agent(a), "SANCTIONS", t))
    for a in _AGENTS for t in _TARGETS for h in _HOLDINGS for prep in ("of", "belonging to", "held by")
] + [
    Probe("frozen holdings of a party", f"{a} said it would freeze {possessive(t)} {h}.", (_agent(a), "SANCTIONS", t))
    for a in _AGENTS for t in _TARGETS for h in _HOLDINGS
] + [
    Probe("frozen holdings of another", f"{a} froze the {h} of {kin} of {t}.", ("", "", ""),
          forbidden=((_agent(a), "SANCTIONS", t),))
    for a in _AGENTS for t in _TARGETS for h in _HOLDINGS[:3] for kin in ("relatives", "the family", "associates")
] + [
    Probe("frozen holdings of another", f"{a} froze funding for {t}.", ("", "", ""),
          forbidden=((_agent(a), "SANCTIONS", t),))
    for a in _AGENTS for t in _TARGETS
]
