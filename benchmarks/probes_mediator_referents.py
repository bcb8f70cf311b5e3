"""Who "the two governments" and a third party's follow-up offer mean, round 23: "Peru and Ecuador held talks in
Brasilia with Brazil as mediator. The two governments agreed ..." -> Peru and Ecuador (the mediator is no partner of
the talks, so no pair anaphor turns to it); "The African Union offered to mediate between X and Y. ... said the bloc
was ready to host talks" -> the bloc's offer goes to X and Y again, not to whoever fought last; "the two neighbours
accused each other" -> each accuses the other (the twin keeps its direction)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Peru", "Ecuador", "Brazil"), ("Armenia", "Azerbaijan", "Qatar"), ("Kenya", "Somalia", "Turkey"),
          ("Serbia", "Kosovo", "Norway"))
_MEDIATED = ("{a} and {b} held talks in Geneva, with {m} as mediator.",
             "{a} and {b} held talks in Geneva with {m} mediating.",
             "{a} and {b} resumed talks on Monday, with {m} as the host.",
             "{a} and {b} held talks in Geneva with {m} acting as mediator.")
_AFTER = ("The two governments agreed to reopen the border.", "Both sides agreed to exchange prisoners.")

PROBES = [
    Probe("talks with a mediator beside them", f"{t.format(a=a, b=b, m=m)} {after}", (a, "AGREES_WITH", b),
          forbidden=((a, "AGREES_WITH", m), (b, "AGREES_WITH", m), (a, "NEGOTIATES_WITH", m),
                     (b, "NEGOTIATES_WITH", m)))
    for a, b, m in _PAIRS for t in _MEDIATED for after in _AFTER
] + [
    Probe("a third party's offer renewed", f"{a} and {b} recalled their ambassadors after a border clash. The "
          f"{m} offered to mediate between the two capitals. The {rebels}, a rebel group, {act} {dem} troops near the "
          f"border on Saturday. {said} the {m} was ready to host talks at any level.",
          (m, "OFFERS", a), forbidden=((m, "OFFERS", rebels),))
    for a, b, dem in (("Peru", "Ecuador", "Ecuadorian"), ("Kenya", "Somalia", "Somali"))
    for m, rebels in (("African Union", "Northern Liberation Front"), ("European Union", "People's Defence Army"))
    for act in ("attacked", "ambushed") for said in ("A senior official said", "Its spokesman told reporters")
]
PROBES += [
    Probe("a reciprocal act of the two sides", f"{a} and {b} {first} on Saturday. {pair} accused each other of "
          "violating it hours later.", (a, "ACCUSES", b), both_ways=True)
    for a, b, _m in _PAIRS
    for first in ("agreed to a ceasefire", "signed a truce", "held talks in Doha")
    for pair in ("The two neighbours", "Both governments", "The two sides")
]

