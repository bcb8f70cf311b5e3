"""Objections and proposals named by the demonym of their state (round 29): "dismissed the Iranian objections",
"rejected Tanzanian proposals" reject that state, as "the Ugandan demands" did."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Kenya", "Uganda", "Ugandan"), ("Azerbaijan", "Iran", "Iranian"), ("Chile", "Peru", "Peruvian"))
_WORDINGS = ("{a} dismissed the {dem} objections on Monday.", "{a} rejected {dem} objections to the pipeline.",
             "{a} brushed aside the {dem} objection.", "{a} turned down {dem} proposals for a joint patrol.")

PROBES = [
    Probe("demonym's objections rejected", w.format(a=a, dem=dem), (a, "REJECTS", b))
    for a, b, dem in _PAIRS for w in _WORDINGS
]
