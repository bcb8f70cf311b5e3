"""Refusals told as no intention or plans (round 21): a party asked to act that says it has no intention, no plans
or does not intend to do the act asked refuses the asker; a hostile aim disowned, an appeal for restraint or an
unrelated plan is none."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ASKERS = (("Human Rights Watch", "Human Rights Watch"), ("Chile", "Chile"), ("The European Union", "European Union"))
_ASKS = ("called on Canada to suspend its training programme for the Honduran police",
         "urged Canada to suspend its training programme for the Honduran police",
         "asked Canada on Monday to suspend its training programme for the Honduran police")
_REFUSALS = ("Canada said it had no plans to end the training programme.",
             "Canada said it had no intention of suspending the training programme.",
             "Canada said it did not intend to suspend the programme.",
             "Canada has no plans to end the training programme, its foreign ministry said.")

PROBES = [
    Probe("refusal told as no intention", f"{asker} {ask}. {refusal}", ("Canada", "REJECTS", name))
    for asker, name in _ASKERS for ask in _ASKS for refusal in _REFUSALS
] + [
    Probe("refusal told as no intention: none", f"{asker} {ask}. {second}", ("", "", ""),
          forbidden=(("Canada", "REJECTS", name),))
    for asker, name in _ASKERS
    for ask, second in (("urged Canada to withdraw its troops from the border",
                         "Canada said it had no intention of invading its neighbour."),
                        ("urged Canada to show restraint at the border",
                         "Canada said it had no intention of closing the border."),
                        ("urged Canada to take firmer action against smugglers",
                         "Canada said it did not intend to hand the seized ships to a third country."))
]
