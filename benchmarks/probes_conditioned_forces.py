"""A condition put on a party's own forces or government, round 21: "unless Uruguay's government agrees", "if the
Uruguayan army does not withdraw" -> a demand on that party and, with the speaker's penalty, a threat; negative: a
promise on the same condition is no threat."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_WHO = ("Uruguay's government", "Uruguay's army", "the Uruguayan government", "Uruguayan troops", "Uruguay's navy")
_CONDITIONS = ("unless {who} agreed to new tolls", "if {who} did not withdraw", "if {who} failed to pay",
               "unless {who} pulled back")
_PENALTIES = ("would close the bridge", "would take Uruguay to arbitration", "could cut power exports")

PROBES = [
    Probe("a condition on a party's forces", f"Paraguay said it {pen} {cond.format(who=who)}.",
          ("Paraguay", "THREATENS", "Uruguay"))
    for who in _WHO for cond in _CONDITIONS for pen in _PENALTIES
] + [
    Probe("negative: a promise on a party's condition", f"Paraguay said it would reopen the bridge "
          f"{cond.format(who=who)}.", ("", "", ""), forbidden=(("Paraguay", "THREATENS", "Uruguay"),))
    for who in _WHO for cond in _CONDITIONS
]
