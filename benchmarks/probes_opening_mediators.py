"""Round 25: a sentence-opening phrase that ends in a name and a comma ("Under a deal brokered by Qatar, A and B
agreed ...", "In Doha, A and B signed ...") names the mediator, host or place, not the first party of the subject
list after the comma; a list that opens the sentence ("Qatar, A and B agreed") is still one subject."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_CASES = (("Qatar", "Rwanda", "Kenya"), ("Egypt", "Israel", "Jordan"), ("Turkey", "Sudan", "Chad"),
          ("Norway", "Colombia", "Ecuador"))
_OPENERS = ("Under a deal brokered by {m}", "In talks hosted by {m}", "After mediation by {m}",
            "Following weeks of shuttle diplomacy by {m}", "Under an arrangement mediated by {m}")
_ACTS = ("agreed to withdraw troops from the border", "signed a ceasefire on Tuesday",
         "agreed on a prisoner exchange", "agreed to reopen their embassies")

PROBES = [
    Probe("opening mediator before a coordinated subject", f"{o.format(m=m)}, {a} and {b} {act}.",
          (a, "AGREES_WITH", b), forbidden=((m, "AGREES_WITH", a), (a, "AGREES_WITH", m),
                                            (m, "AGREES_WITH", b), (b, "AGREES_WITH", m)))
    for m, a, b in _CASES for o in _OPENERS for act in _ACTS
] + [
    Probe("opening host city before a coordinated subject", f"In {city}, {a} and {b} {act}.", (a, "AGREES_WITH", b),
          forbidden=((m, "AGREES_WITH", a), (a, "AGREES_WITH", m), (m, "AGREES_WITH", b), (b, "AGREES_WITH", m)))
    for (m, a, b), city in zip(_CASES, ("Doha", "Cairo", "Ankara", "Oslo"), strict=True) for act in _ACTS
] + [
    Probe("opening list is one subject", f"{m}, {a} and {b} agreed to set up a joint border commission.",
          (m, "AGREES_WITH", a))
    for m, a, b in _CASES
]
