"""An organisation's organ as the subject ("the African Union's delegation in Accra urged Ghana ..."): the
organisation acts, as a state does through "Ghana's delegation"; not a counterpart or a document (round 19)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BODIES = ("African Union", "Arab League", "Council of Europe")
_ORGANS = ("delegation", "delegation in Accra", "embassy in Accra", "officials", "leadership")
_ACTS = (("urged Ghana to lift the curfew", "DEMANDS"), ("condemned Ghana", "ACCUSES"),
         ("accused Ghana of breaking the truce", "ACCUSES"), ("threatened Ghana with sanctions", "THREATENS"),
         ("said it was alarmed and urged Ghana to lift the curfew", "DEMANDS"))
_NOT_ORGANS = ("counterpart", "report", "charter", "critics")

PROBES = [
    Probe("a body's organ acts for it", f"The {body}'s {organ} {act} on Tuesday.", (body, rel, "Ghana"))
    for body in _BODIES for organ in _ORGANS for act, rel in _ACTS
] + [
    Probe("a body's non-organ does not act for it", f"The {body}'s {noun} urged Ghana to lift the curfew.",
          ("", "", ""), forbidden=((body, "DEMANDS", "Ghana"),))
    for body in _BODIES for noun in _NOT_ORGANS
]
