"""Round 25: a force noun that tells how the clause's own act of force was done ("troops killed five rebels in an
offensive against X", "retaliated with air strikes on X") takes the clause's subject as its agent, and an armed
"operation against X" is an attack; the victims of a passive ("were killed in an attack on X") are no agent."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Colombian", "Colombia", "National Liberation Army"), ("Nigerian", "Nigeria", "Boko Haram"),
          ("Peruvian", "Peru", "Militarized Communist Party of Peru"))
_FRAMES = ("{adj} troops killed 12 fighters in an offensive against the {g} on Monday.",
           "{adj} soldiers captured three commanders during a raid against the {g}, the army said.",
           "{adj} troops killed five suspected rebels on Saturday, the armed forces said, in an operation against "
           "the {g}.",
           "{adj} forces destroyed two camps in a joint operation against the {g}.",
           "{adj} jets struck four camps on Tuesday in air strikes against the {g}.")
_RETALIATIONS = ("{c} retaliated with air strikes on the {g} on Friday.",
                 "{c} retaliated with artillery strikes against the {g}.",
                 "{c} has retaliated with drone strikes on the {g}, officials said.")
_PASSIVES = ("Twelve {adj} soldiers were killed in an attack on the {g} on Monday.",
             "Human rights groups criticised the operation against the {g}.")

PROBES = [
    Probe("force noun after the clause's act of force", f.format(adj=adj, g=g), (c, "ATTACKS", g))
    for adj, c, g in _PAIRS for f in _FRAMES
] + [
    Probe("retaliated with strikes on X", f.format(c=c, g=g), (c, "ATTACKS", g))
    for _, c, g in _PAIRS for f in _RETALIATIONS
] + [
    Probe("force noun: no agent from victims or critics", f.format(adj=adj, g=g), ("", "", ""),
          forbidden=((c, "ATTACKS", g), ("Human rights groups", "ATTACKS", g)))
    for adj, c, g in _PAIRS for f in _PASSIVES
]
