"""Round 20 (precision): a pair after "between" inside a subject noun phrase is not the verb's subject."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_HEADS = ("The committee overseeing the ceasefire", "The commission monitoring the border",
          "A panel set up to police the truce", "The joint body that verifies the accord")
_VERBS = ("met on Monday", "was due to meet on Monday", "will meet in Geneva", "is meeting again this week")

PROBES = [
    Probe("pair after between inside the subject", f"{head} between Ghana and Togo {verb}.", ("", "", ""),
          forbidden=(("Ghana", "MEETS_WITH", "Togo"), ("Togo", "MEETS_WITH", "Ghana")))
    for head in _HEADS for verb in _VERBS
] + [
    Probe("pair as the subject still meets", f"Ghana and Togo {verb}.", ("Ghana", "MEETS_WITH", "Togo"))
    for verb in _VERBS
]
