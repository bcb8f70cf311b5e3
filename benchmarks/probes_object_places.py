"""A place named beside a prepositional object is not the object: "clashed with gunmen near X", "a clash with armed
men crossing from X" (with the plain object that must still hold)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PLACES = ("near Malawi", "in Malawi", "inside Malawi", "crossing from Malawi", "who crossed from Malawi",
           "coming from Malawi", "who slipped in from Malawi")
_OPENERS = ("Zambian troops clashed with", "Zambian border guards killed four in a clash with")

PROBES = [
    Probe("a place beside a prepositional object", f"{opener} armed men {place} on Sunday.",
          ("", "", ""), forbidden=(("Zambia", "ATTACKS", "Malawi"), ("Malawi", "ATTACKS", "Zambia")))
    for opener in _OPENERS for place in _PLACES
] + [
    Probe("a prepositional object before a place", f"Zambia clashed with Malawi {where} on Sunday.",
          ("Zambia", "ATTACKS", "Malawi"))
    for where in ("near the border", "in the north", "")
]
