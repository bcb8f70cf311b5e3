"""A first family, as an example of how probes are written: the object after a demonym or country abbreviation."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_DEMONYMS = ("British", "U.S.", "US", "American", "French", "U.K.", "EU")
_VERBS = (("met", "MEETS_WITH"), ("sanctioned", "SANCTIONS"), ("accused", "ACCUSES"), ("threatened", "THREATENS"))

PROBES = [
    Probe("demonym before a titled object", f"Ruth Osei {verb} {dem} envoy Alan Pryce on Monday.",
          ("Ruth Osei", rel, "Alan Pryce"))
    for dem in _DEMONYMS for verb, rel in _VERBS
]
