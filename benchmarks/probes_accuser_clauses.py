"""Who accuses when a clause stands between the accuser and its verb (round 26): a reduced relative set off by
commas ("The Front, led by X, met on Monday and accused Y") or a relative opened by a preposition ("The party, to
which X belongs, accused Y") only describes the subject, which accuses; and "Z, whom he accused of ..." has the
person "he" stands for as its accuser."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_BODIES = (("The Patriotic Front", "Patriotic Front", "Ana Ruiz"),
           ("The opposition Labour Party", "Labour Party", "Tomas Ibarra"),
           ("The National Salvation Council", "National Salvation Council", "Marta Quispe"))
_LED = ("led by {p}", "headed by {p}", "chaired by {p}")
_MIDDLE = ("met on Monday and accused", "called on the army to secure the border and accused",
           "held an emergency meeting on Tuesday and accused")
_TARGETS = (("Peru", "Peru"), ("the Chilean government", "Chile"))

PROBES = [
    Probe("reduced relative before coordinated verbs",
          f"{body}, {led.format(p=person)}, {middle} {target} of staging a coup.", (name, "ACCUSES", tname),
          forbidden=((person, "ACCUSES", name), (person, "ACCUSES", tname)))
    for body, name, person in _BODIES for led in _LED for middle in _MIDDLE for target, tname in _TARGETS
] + [
    Probe("relative opened by a preposition",
          f"{body}, {rel.format(p=person)}, {verb} {target} {tail}", (name, "ACCUSES", tname),
          forbidden=((person, "ACCUSES", tname),))
    for body, name, person in _BODIES
    for rel in ("to which {p} belongs", "of which {p} is a member", "with which {p} is allied",
                "for which {p} campaigned")
    for verb, tail in (("accused", "of staging a coup."), ("blamed", "for the violence."))
    for target, tname in _TARGETS
] + [
    Probe("relative object, pronoun accuser",
          f"{intro} {pron} said prosecutors had requested a warrant for {obj}, whom {low} {verb} of {deed}.",
          (speaker, "ACCUSES", obj_name))
    for intro, pron, low, speaker in (
        ("Attorney General Hermes Rangel spoke on Monday.", "He", "he", "Hermes Rangel"),
        ("Interior Minister Lucia Paz spoke on Monday.", "She", "she", "Lucia Paz"))
    for obj, obj_name in (("exiled opposition politician Leonardo Salcedo", "Leonardo Salcedo"),
                          ("the businessman Ivo Sand", "Ivo Sand"))
    for verb in ("accused", "accuses", "has accused")
    for deed in ("coordinating the plot", "financing the rebels")
] + [
    Probe("relative object, pronoun: no accusation verb",
          f"Attorney General Hermes Rangel spoke on Monday. He said he had met {obj}, whom he {verb} last year.",
          ("", "", ""), forbidden=(("Hermes Rangel", "ACCUSES", obj),))
    for obj in ("Leonardo Salcedo", "Ivo Sand") for verb in ("appointed", "visited", "hired")
]
