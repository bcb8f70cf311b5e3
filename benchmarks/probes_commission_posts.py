"""A European commissioner told by portfolio alone ("Justice Commissioner X", "Trade Commissioner X") holds a post
in the European Commission when the story names the Commission; a police, high or human-rights commissioner does
not, nor does any commissioner in a story that never names the Commission."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LEAD = "BRUSSELS, May 3 (Wire) - The European Commission opened proceedings against Slovakia on Monday.\n\n"

PROBES = [
    Probe("a portfolio commissioner of the European Commission", _LEAD + text.format(p=portfolio),
          ("Helena Varga", "HOLDS_POSITION", "European Commission"))
    for portfolio in ("Justice", "Trade", "Competition", "Energy")
    for text in ("{p} Commissioner Helena Varga said the law stigmatises civil society.",
                 "The law was criticised by {p} Commissioner Helena Varga on Tuesday.")
] + [
    Probe("no European commissioner", lead + text, ("", "", ""),
          forbidden=(("Helena Varga", "HOLDS_POSITION", "European Commission"),))
    for lead, text in (
        (_LEAD, "Police Commissioner Helena Varga said officers had been deployed."),
        (_LEAD, "High Commissioner Helena Varga said the law breached human rights."),
        ("BRATISLAVA, May 3 (Wire) - Slovakia passed the law on Monday.\n\n",
         "Justice Commissioner Helena Varga said the law stigmatises civil society."),
    )
]
