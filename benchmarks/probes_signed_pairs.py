"""Round 28: coordinated parties that sign or agree on a pact agree with each other, both ways ("A and B signed a
treaty"), also when the first is a state's government ("A's government and B agreed to a truce"); a pact signed
by one party with another, or signed in the passive, is no reciprocal act of the other."""

from __future__ import annotations

from benchmarks.probe_grid import Probe, possessive

_PAIRS = (("Ghana", "Togo"), ("Peru", "Ecuador"), ("Kenya", "Somalia"), ("Armenia", "Georgia"))
_PACTS = ("signed a border treaty on Thursday", "signed a security pact in Nairobi",
          "signed a memorandum on water sharing last year", "agreed on Monday to a ceasefire",
          "signed a trade deal after months of talks")
_BODIES = ("government", "military government", "authorities")

PROBES = [
    Probe("pact of coordinated parties: both ways", f"{a} and {b} {p}.", (b, "AGREES_WITH", a))
    for a, b in _PAIRS for p in _PACTS
] + [
    Probe("pact of coordinated parties: a state's government first", f"{possessive(a)} {g} and {b} {p}.",
          (b, "AGREES_WITH", a), both_ways=True)
    for a, b in _PAIRS for g in _BODIES for p in _PACTS[:3]
] + [
    Probe("pact signed with a partner: one direction", f"{a} {p.replace('signed a', 'signed a', 1)} with {b}.",
          (a, "AGREES_WITH", b), forbidden=((b, "AGREES_WITH", a),))
    for a, b in _PAIRS for p in ("signed a border treaty", "signed a security pact")
] + [
    Probe("pact signed in the passive: no reciprocal act", f"The border treaty was signed by {a} and {b} on Monday.",
          ("", "", ""), forbidden=((b, "AGREES_WITH", a),))
    for a, b in _PAIRS
] + [
    Probe("a state's envoy is no party", f"{possessive(a)} ambassador and {b} signed a border treaty on Monday.",
          ("", "", ""), forbidden=((a, "AGREES_WITH", b), (b, "AGREES_WITH", a)))
    for a, b in _PAIRS
]
