"""Round 30: a measure's noun that names a list ("a visa ban list", "its arrest list") is no act of its own: the
placing on the list is the sanction, and whoever the sentence names after the list bans no one."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PLACERS = (("The United States", "United States"), ("Britain", "United Kingdom"), ("Canada", "Canada"))
_LISTS = ("a visa ban list", "its travel ban list", "an entry ban list")
_AFTER = ("for what the State Department called corruption", "for what Ottawa described as abuses",
          "at the request of the Justice Ministry")

PROBES = [
    Probe("a ban list names no banner", f"{placer} placed Vuksan Radonjic on {lst} in 2022 {after}.",
          (state, "SANCTIONS", "Vuksan Radonjic"),
          forbidden=(("Vuksan Radonjic", "COERCES", "United States"), ("Vuksan Radonjic", "COERCES", "Canada"),
                     ("Vuksan Radonjic", "DESIGNATES", "State Department"), ("Vuksan Radonjic", "COERCES", "Justice Ministry"),
                     ("Vuksan Radonjic", "DESIGNATES", "Justice Ministry")))
    for placer, state in _PLACERS for lst in _LISTS for after in _AFTER
]
