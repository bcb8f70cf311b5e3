"""A participle on a noun no actor names does its own act, round 20: "Peru sanctioned shipping firms carrying fuel
to Chile" is no Peru AIDS Chile nor Peru SANCTIONS Chile; positives: the state's own shipments, a named carrier's."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_VERBS = ("sanctioned", "seized", "blacklisted", "impounded", "fined")
_NOUNS = ("shipping firms", "two tankers", "trucks", "several vessels", "shipping companies and insurers")
_CARRY = ("carrying fuel", "delivering oil", "transporting weapons", "ferrying arms", "smuggling weapons")
_OWN = ("shipped crude oil", "sent weapons", "delivered fuel", "provided arms")

PROBES = [
    Probe("negative: the cargo of an unnamed carrier", f"Ecuador {verb} {noun} {carry} to Bolivia.", ("", "", ""),
          forbidden=(("Ecuador", "AIDS", "Bolivia"), ("Ecuador", "SANCTIONS", "Bolivia"), ("Ecuador", "COERCES", "Bolivia")))
    for verb in _VERBS for noun in _NOUNS for carry in _CARRY
] + [
    Probe("negative: help by an unnamed object noun", f"Ecuador {verb} {noun} helping Bolivia.", ("", "", ""),
          forbidden=(("Ecuador", "AIDS", "Bolivia"),))
    for verb in _VERBS for noun in ("companies", "banks", "brokers", "traders")
] + [
    Probe("a state's own shipments", f"Ecuador has {own} to Bolivia since 2021.", ("Ecuador", "AIDS", "Bolivia"))
    for own in _OWN
]
