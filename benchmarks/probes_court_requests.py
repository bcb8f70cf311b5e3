"""Asking a court to act is a demand on the court ("urged the International Court of Justice to order ...",
"asked the tribunal to strike the case"), as the gold of later sets records it; an appeal to a court, or a claim
for damages put to it, is litigation and no demand (round 27)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ASKERS = ("Sudan", "The Lawyers Guild", "Mexico")
_COURTS = ("the International Court of Justice", "the Supreme Court", "the East African Court of Justice",
           "the Constitutional Court")
_ASKS = ("urged {court} to order a halt to the transfers", "asked {court} on Tuesday to suspend the decree",
         "has asked {court} to declare the law void", "called on {court} to move quickly to trial")
_NOT_ASKED = ("said it would appeal to {court} against the ruling", "will ask {court} for damages of 40 million dollars")


def _name(court: str) -> str:
    return court.removeprefix("the ")


PROBES = [
    Probe("asking a court to act", f"{asker} {ask.format(court=court)}.", (asker.removeprefix("The "), "DEMANDS", _name(court)))
    for asker in _ASKERS for court in _COURTS for ask in _ASKS
] + [
    Probe("appeal to a court is no demand", f"{asker} {ask.format(court=court)}.", ("", "", ""),
          forbidden=((asker.removeprefix("The "), "DEMANDS", _name(court)),))
    for asker in _ASKERS for court in _COURTS for ask in _NOT_ASKED
]
