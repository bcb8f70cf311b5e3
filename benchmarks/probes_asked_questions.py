"""An actor named inside the question a demand-like verb asks ("asked its members whether Ecuador's curbs ...",
"demanded to know why Ecuador ...") is what is asked about, not the one asked."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ASKING = ("asked", "asked its members", "formally asked the member states", "demanded to know", "pressed officials on")
_QUESTIONS = ("whether Ecuador had broken the fisheries treaty", "why Ecuador had expelled its consul",
              "how Ecuador could be held liable", "if Ecuador's export curbs amount to coercion",
              "what Ecuador intended to do with the seized boats")

PROBES = [
    Probe("actor inside an asked question", f"The Andean Council {asking} {question}.", ("", "", ""),
          forbidden=(("Andean Council", "DEMANDS", "Ecuador"),))
    for asking in _ASKING for question in _QUESTIONS
]
