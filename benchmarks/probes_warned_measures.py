"""A measure named by a noun that a warning holds out, round 21: "Uruguay warned (that) it could reimpose (UN)
sanctions on Paraguay" -> Uruguay THREATENS Paraguay, not the measure's owner; negative: a measure taken."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_WARNERS = (("Uruguay", "it", "Uruguay"), ("Uruguay's foreign minister, Ana Sosa,", "she", "Ana Sosa"),
            ("The Nordic governments", "they", "Nordic governments"))
_VERBS = ("warned that {pro} could", "warned {pro} could", "warned on Tuesday that {pro} would")
_TAKING = ("reimpose", "impose", "extend", "tighten", "slap")
_OWNERS = ("", "United Nations ", "EU ")

PROBES = [
    Probe("a measure noun warned of", f"{who} {verb.format(pro=pro)} {take} {owner}sanctions on Paraguay.",
          (name, "THREATENS", "Paraguay"),
          forbidden=((name, "THREATENS", owner.strip()),) if owner else ())
    for who, pro, name in _WARNERS for verb in _VERBS for take in _TAKING for owner in _OWNERS
] + [
    Probe("negative: a measure noun taken", f"Uruguay {take} sanctions on Paraguay on Tuesday.", ("", "", ""),
          forbidden=(("Uruguay", "THREATENS", "Paraguay"),))
    for take in ("reimposed", "imposed", "extended", "tightened", "restored")
]
