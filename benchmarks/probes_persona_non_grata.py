"""Diplomats declared persona non grata (round 19): an expulsion by the declaring state, active or passive, with
or without quotation marks; being persona non grata somewhere is no act."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OBJECTS = (("two Chilean diplomats", "two Chilean diplomats"), ("Chilean envoy Pedro Alvarado", "Pedro Alvarado"),
            ("Pedro Alvarado", "Pedro Alvarado"))
_WHEN = ("", " on Friday", " late on Friday")
_MARKS = (("", ""), ('"', '"'))

PROBES = [
    Probe("declared persona non grata", f"Bolivia declared {obj} {o}persona non grata{c}{when}.",
          ("Bolivia", "COERCES", name))
    for obj, name in _OBJECTS for when in _WHEN for o, c in _MARKS
] + [
    Probe("declared persona non grata: passive", f"{obj[:1].upper() + obj[1:]} {be} declared persona non grata by "
          f"Bolivia{when}.", ("Bolivia", "COERCES", name[:1].upper() + name[1:] if name == obj else name))
    for obj, name in _OBJECTS for be in (("were", "have been") if obj.startswith("two") else ("was", "has been"))
    for when in _WHEN
] + [
    Probe("declared persona non grata: no act", text, ("", "", ""),
          forbidden=(("Bolivia", "COERCES", "Pedro Alvarado"), ("Pedro Alvarado", "COERCES", "Bolivia")))
    for text in ("Pedro Alvarado has been persona non grata in Bolivia since 2019.",
                 "Pedro Alvarado said he felt like persona non grata in Bolivia.")
]
PROBES += [
    # round 26: the envoy named in apposition after a state's title, and the participle after the acting state's clause
    Probe("declared persona non grata: apposed name", f"Bolivia {lead}{verb} Chile's ambassador, Pedro Alvarado, "
          f"persona non grata{when}.", ("Bolivia", "COERCES", "Pedro Alvarado"), forbidden=(("Bolivia", "COERCES", "Chile"),))
    for lead, verb in (("", "declared"), ("responded within hours, ", "declaring"), ("retaliated, ", "declaring"))
    for when in _WHEN
] + [
    Probe("declared persona non grata: participle", f"Bolivia retaliated{when}, declaring {obj} persona non grata.",
          ("Bolivia", "COERCES", name))
    for obj, name in _OBJECTS for when in _WHEN
]
