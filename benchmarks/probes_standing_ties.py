"""Security ties held rather than made (round 19): "X, which has military ties with Y", "X signed a defence
cooperation pact with Y", "A and B, Y's main security partners" -> COOPERATES_WITH; trade ties, ties once held or
denied, a plain pact signed and a trading partner give none."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Ghana", "Togo"), ("Chile", "Peru"), ("Norway", "Estonia"))
_HOLD = ("has", "maintains", "keeps", "has long had", "enjoys")
_TIES = ("military ties", "close security ties", "long-standing defence relations", "intelligence links",
         "deep security cooperation")
_PACTS = ("a defence cooperation pact", "a security cooperation agreement", "new defence cooperation memoranda",
          "a strategic partnership agreement")
_PARTNERS = ("main security partner", "key defence partner", "closest military partner")

PROBES = [
    Probe("security ties held", f"{a} {hold} {ties} with {b}, officials said.", (a, "COOPERATES_WITH", b))
    for a, b in _PAIRS for hold in _HOLD for ties in _TIES
] + [
    Probe("security ties held, relative clause", f"{a}, which {hold} {ties} with {b}, declined to comment.",
          (a, "COOPERATES_WITH", b))
    for a, b in _PAIRS for hold in ("has", "maintains") for ties in _TIES
] + [
    Probe("cooperation pact signed", f"{a} signed {pact} with {b} on Monday.", (a, "COOPERATES_WITH", b))
    for a, b in _PAIRS for pact in _PACTS
] + [
    Probe("security partner apposition", f"{a}, {b}'s {role}, declined to comment.", (a, "COOPERATES_WITH", b))
    for a, b in _PAIRS for role in _PARTNERS
] + [
    Probe("security partners apposition, plural", f"{a} and Kenya, {b}'s main security partners, declined to comment.",
          ("Kenya", "COOPERATES_WITH", b), forbidden=((b, "COOPERATES_WITH", a),))
    for a, b in _PAIRS
] + [
    Probe("no standing cooperation", text, ("", "", ""),
          forbidden=((a, "COOPERATES_WITH", b), (b, "COOPERATES_WITH", a)))
    for a, b in _PAIRS for text in (
        f"{a} has strong trade ties with {b}, officials said.",
        f"{a}, which once had military ties with {b}, declined to comment.",
        f"{a} has no security ties with {b}, officials said.",
        f"{a} signed a trade agreement with {b} on Monday.",
        f"{a} signed a defence pact with {b} on Monday.",
        f"{a}, {b}'s largest trading partner, declined to comment.",
    )
]
