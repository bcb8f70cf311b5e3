"""Stances on an act told in the passive (round 21): "The arrest was welcomed by X", "The sanctions were rejected by
Y" are stances on whoever did the act; a name inside a longer description after "by" is not the stance-taker."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACTS = (("Ecuador arrested the former minister Luis Pardo on Monday.", "arrest", "was", "Ecuador"),
         ("Canada imposed sanctions on three Peruvian mining firms on Friday.", "sanctions", "were", "Canada"),
         ("Kenya banned the student wing of the Orange Party on Monday.", "ban", "was", "Kenya"))
_STANCES = (("welcomed", "SUPPORTS"), ("praised", "SUPPORTS"), ("rejected", "REJECTS"), ("swiftly rejected", "REJECTS"),
            ("condemned", "ACCUSES"), ("denounced", "ACCUSES"))
_TAKERS = (("the civil society group Accion Ciudadana, whose coordinator spoke to reporters", "Accion Ciudadana"),
           ("the opposition Popular Unity Party", "Popular Unity Party"), ("Amnesty International", "Amnesty International"))

PROBES = [
    Probe("stance on an act in the passive", f"{first} The {noun} {aux} {verb} by {taker}.", (name, rel, doer))
    for first, noun, aux, doer in _ACTS for verb, rel in _STANCES for taker, name in _TAKERS
] + [
    Probe("stance on an act in the passive: no name inside a description", f"{first} The {noun} {aux} {verb} by the "
          "most senior Chilean bishop in the capital, Juan Mamani.", ("", "", ""), forbidden=(("Chile", rel, doer),))
    for first, noun, aux, doer in _ACTS for verb, rel in _STANCES
]
