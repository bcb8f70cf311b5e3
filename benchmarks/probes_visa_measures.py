"""Round 30: visas taken away are a travel ban, SANCTIONS on their holders ("revoked the visas of X", "cancelled X's
visa", "was suspending visas for X"); a minister who announces it acts for a state, so a reaction to "the sanctions"
answers the state. Visa processing halted, or passports cancelled, take no one's visa."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_AGENTS = ("Canada", "The United States", "Norway")
_NAMES = {"The United States": "United States"}
_HOLDERS = ("Ana Duarte", "Tomas Berg", "the Shining Path")
_HELD = {"the Shining Path": "Shining Path"}
_ACTS = ("revoked the visas of {o}", "cancelled the visa of {o}", "said it was suspending visas for {o}",
         "revoked {o}'s visa on Monday", "withdrew the entry visas of {o}", "annulled the diplomatic visas held by {o}")
_NO_VISA = ("suspended visa processing at its embassy in Lima on Monday, citing threats against {o}",
            "cancelled the passports of six activists, including {o}")

PROBES = [
    Probe("visas taken away: sanctions on their holders", f"{a} {act.format(o=o)}.",
          (_NAMES.get(a, a), "SANCTIONS", _HELD.get(o, o)))
    for a in _AGENTS for o in _HOLDERS for act in _ACTS if not (o.startswith("the ") and "'s visa" in act)
] + [
    Probe("visas taken away: not processing halted, not passports", f"{a} {act.format(o=o)}.", ("", "", ""),
          forbidden=((_NAMES.get(a, a), "SANCTIONS", _HELD.get(o, o)),))
    for a in _AGENTS for o in _HOLDERS[:2] for act in _NO_VISA
] + [
    Probe("visas taken away by a minister: the sanctions answered are the state's",
          f"{title} Mark Dalton revoked the visa of Peru's interior minister, Ana Duarte. Peru's president, "
          f"Tomas Berg, called the sanctions {said}.", ("Tomas Berg", "ACCUSES", state))
    for title, state in (("Canadian Foreign Minister", "Canada"), ("Norwegian Foreign Minister", "Norway"))
    for said in ('"an unacceptable attack"', "an act of blackmail")
]
