"""An article after a name opens the next object, it is no modifier of an event noun: "offered the AA a ceasefire"
gives the AA an offer, unlike "the AA ceasefire" (round 27)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_GROUPS = (("The Arakan Army (AA)", "the AA", "Arakan Army"), ("The Karen National Union (KNU)", "the KNU", "Karen National Union"),
           ("The National Liberation Army (ELN)", "the ELN", "National Liberation Army"))
_OFFERERS = ("Junta chief Min Thura", "Colombia", "Russia")
_OFFERS = ("on Thursday offered {g} a ceasefire", "offered {g} a truce if its forces withdrew",
           "has offered {g} an amnesty")


def _offerer(o: str) -> str:
    return o.removeprefix("Junta chief ")


PROBES = [
    Probe("offered an alias a truce", f"{intro} said two jets bombed the market. {o} {offer.format(g=alias)}.",
          (_offerer(o), "OFFERS", name))
    for intro, alias, name in _GROUPS for o in _OFFERERS for offer in _OFFERS
] + [
    Probe("an alias before an event noun", f"{intro} said two jets bombed the market. {o} said the {alias.removeprefix('the ')} "
          "ceasefire had collapsed.", ("", "", ""), forbidden=((_offerer(o), "OFFERS", name),))
    for intro, alias, name in _GROUPS for o in _OFFERERS
]
