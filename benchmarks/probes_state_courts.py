"""An unnamed court of a state acting (round 19): "a Bolivian court jailed X", in the active, the passive and a
fronted relative clause, for several measures; the state is no actor when the court only fines or hears."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_COURTS = ("a Bolivian court", "a Bolivian appeals court", "Bolivian courts", "a Bolivian military tribunal")
_ACTS = (("jailed Pedro Alvarado for six years", "COERCES", "Pedro Alvarado"),
         ("ordered the arrest of Pedro Alvarado", "COERCES", "Pedro Alvarado"),
         ("dissolved the Andean Renewal Party", "COERCES", "Andean Renewal Party"),
         ("convicted Pedro Alvarado of fraud", "INVESTIGATES", "Pedro Alvarado"))
_WHEN = ("", " on Thursday", " in 2019")

PROBES = [
    Probe("state court acting", f"{court[:1].upper() + court[1:]} {act}{when}.", ("Bolivia", rel, target))
    for court in _COURTS for act, rel, target in _ACTS for when in _WHEN
] + [
    Probe("state court acting: passive", f"Pedro Alvarado was jailed by {court}{when}.",
          ("Bolivia", "COERCES", "Pedro Alvarado"))
    for court in _COURTS for when in _WHEN
] + [
    Probe("state court acting: relative clause", f"The Andean Renewal Party, which {court} dissolved{when}, praised "
          "Pedro Alvarado.", ("Bolivia", "COERCES", "Andean Renewal Party"))
    for court in _COURTS for when in _WHEN
] + [
    Probe("state court acting: idle court", text, ("", "", ""), absent=("Switzerland",))
    for text in ("Andes Copper was fined in 2019 by a Swiss court for tax violations.",
                 "Pedro Alvarado said he would take his case to Swiss courts.",
                 "Lawyers for Andes Copper told a Swiss court that the firm had paid its taxes.")
]
