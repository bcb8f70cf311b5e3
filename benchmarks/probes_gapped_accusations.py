"""Accusations whose one verb serves several charges or whose object is a body's people (round 28,
gapped_accusations.py): "X accused A of ... and B of ...", "blamed A for ... and B for ..." -> X ACCUSES A and B
(B is no object of the first charge's verb); "accused agents of A of ..." -> X ACCUSES A. Not a B that a new clause
introduces, nor "did not accuse members of A"."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACCUSERS = ("Peru", "Senator Hilda Marsh", "Amnesty International")
_PAIRS = (("Chile", "Bolivia"), ("Varna Holdings", "Kestrel Shipping"), ("Oskar Lindqvist", "Ana Ruiz"))
_GAPPED = ("{s} accused {a} of shelling a school and {b} of arming the rebels.",
           "{s} accused {a} of smuggling fuel, and {b} of laundering the proceeds.",
           "{s} blamed {a} for the blast and {b} for the cover-up.",
           "On Monday {s} accused {a} of bribing judges and also {b} of hiding the money.")
_BODIES = ("Peruvian National Police", "Varna Holdings", "Kestrel Liberation Front")


def _name(who: str) -> str:
    return who.removeprefix("Senator ")


PROBES = [
    Probe("gapped accusation: the second accused", t.format(s=s, a=a, b=b), (_name(s), "ACCUSES", b),
          forbidden=((a, "ATTACKS", b), (a, "AIDS", b)))
    for t in _GAPPED for s in _ACCUSERS for a, b in _PAIRS
] + [
    Probe("gapped accusation: a new clause", f"{s} accused {a} of shelling a school and said {b} of all parties "
          "should mediate.", ("", "", ""), forbidden=((_name(s), "ACCUSES", b),))
    for s in _ACCUSERS for a, b in _PAIRS
] + [
    Probe("accused people of a body", f"{s} accused {people} of the {body} of {act}.", (_name(s), "ACCUSES", body))
    for s in _ACCUSERS for body in _BODIES
    for people in ("agents", "members", "senior officers")
    for act in ("beating detainees", "raiding homes at night")
] + [
    Probe("accused people of a body: blamed for", f"{s} blamed members of the {body} for the attack.",
          (_name(s), "ACCUSES", body))
    for s in _ACCUSERS for body in _BODIES
] + [
    Probe("accused people of a body: not accused", f"{s} did not accuse members of the {body} of anything.",
          ("", "", ""), forbidden=((_name(s), "ACCUSES", body),))
    for s in _ACCUSERS for body in _BODIES
]
