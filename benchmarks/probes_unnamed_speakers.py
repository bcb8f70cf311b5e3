"""A "he"/"she" told by a speaker nobody names is that speaker, not the last person named before: "Ana Paz spoke in
Lima. The agency's director general said he was ready to travel to Lima" gives Paz no visit."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BEFORE = ("Chilean spokesman Tomas Ruiz spoke to reporters in Santiago.",
           "Tomas Ruiz, a Chilean envoy, arrived in Santiago on Monday.")
_OPENERS = ("The agency's director general said", "A senior Peruvian official said", "The bank's chief said",
            "An Argentine diplomat told reporters", "The Commission's spokesman had said last week that")
_ACTS = (("he was ready to travel to Santiago", "MEETS_WITH"), ("he would sanction Chile", "SANCTIONS"),
         ("he had accused Chile of lying", "ACCUSES"))

PROBES = [
    Probe("unnamed speaker's pronoun", f"{before} {opener} {act}.", ("", "", ""),
          forbidden=(("Tomas Ruiz", rel, "Chile"),))
    for before in _BEFORE for opener in _OPENERS for act, rel in _ACTS
]
