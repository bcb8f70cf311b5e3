"""An accusation whose object is a pronoun for a person just named by a verb that is no relation (round 26):
"She singled out X, a parish priest, accusing him of ..." / "... picked out X and accused him of ..." -> the subject
accuses X; a person named before the subject is not whom "him" stands for."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Government spokeswoman Ligia Ortiz", "Ligia Ortiz", "She"), ("Interior Minister Hermes Rangel", "Hermes Rangel", "He"))
_PEOPLE = (("Father Julio Tinoco, a parish priest from Matagalpa", "Julio Tinoco", "him"),
           ("the journalist Marta Quispe", "Marta Quispe", "her"),
           ("Tomas Ibarra", "Tomas Ibarra", "him"))
_VERBS = ("singled out", "picked out", "mentioned", "turned to")
_JOINS = (", accusing {p} of", " and accused {p} of", ", publicly accusing {p} of")

PROBES = [
    Probe("pronoun patient of an accusation",
          f"{full} spoke on state television on Monday. {pron} {verb} {person}{join.format(p=obj)} channelling "
          "donations to the opposition.", (name, "ACCUSES", pname))
    for full, name, pron in _SPEAKERS for person, pname, obj in _PEOPLE for verb in _VERBS for join in _JOINS
] + [
    Probe("pronoun patient: a person before the subject",
          f"After meeting {pname}, {full} singled out the ministry{join.format(p='him')} hiding the figures.",
          ("", "", ""), forbidden=((name, "ACCUSES", pname),))
    for full, name, _ in _SPEAKERS for _, pname, _ in _PEOPLE[2:] for join in _JOINS
]
