"""Crowds and definite descriptions in the shapes of wire copy: a crowd described by a relative clause or a
participle ("protesters who marched in support of X", "students demanding ..."), a crowd as the object of force,
counted or not ("fired tear gas at thousands of ...", "detained hundreds of ...", "arrested protesters"), and a named body referred back to by
a description ("the shadow government", "the opposition coalition", "the rebels") in the next sentence.

Conventions from the development gold: a crowd with a kind ("protesters", "opposition supporters") is a Group,
force against it by the state's police is the state's COERCES (tear gas also ATTACKS); a bare count of people
("23 people") is no party; a description refers to the organisation named before, never to the state."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = (("Kenyan", "Kenya"), ("Mozambican", "Mozambique"), ("Sri Lankan", "Sri Lanka"))
_CROWDS = ("hundreds of protesters", "thousands of opposition supporters", "dozens of students",
           "hundreds of demonstrators")
_FORCE = ("detained", "arrested", "dispersed")
_TAILS = (" on Monday.", " in the capital on Monday.", " who marched on parliament on Monday.",
          " demanding the president's resignation.", " chanting anti-government slogans.")

PROBES = [
    Probe("counted crowd as the object of force", f"{dem} police {verb} {crowd}{tail}", (state, "COERCES", crowd))
    for dem, state in _STATES for verb in _FORCE for crowd in _CROWDS for tail in _TAILS
]
PROBES += [
    Probe("tear gas at a counted crowd", f"{dem} police fired tear gas at {crowd}{tail}", (state, "COERCES", crowd))
    for dem, state in _STATES for crowd in _CROWDS for tail in _TAILS
]
PROBES += [
    # the crowd's leader is no target of the force, nor the crowd's own state the one it supports
    Probe("crowd supporting a named leader", f"{dem} police {verb} {crowd} who marched in support of opposition "
          f"leader Tomas Varel.", ("", "", ""),
          forbidden=((state, "COERCES", "Tomas Varel"), (state, "ATTACKS", "Tomas Varel"), (state, "SUPPORTS", "Tomas Varel")))
    for dem, state in _STATES for verb in _FORCE + ("fired tear gas at",) for crowd in _CROWDS
]

# (named body, the description that refers back to it, the verb and its object, the expected relation)
_BODIES = (("The National Unity Government", "National Unity Government", ("the shadow government",)),
           ("The Arakan Army", "Arakan Army", ("the rebels", "the rebel group", "the armed group", "the group")),
           ("The Southern Movement", "Southern Movement", ("the separatist group", "the separatists", "the movement")),
           ("The Democratic Alliance", "Democratic Alliance", ("the opposition coalition", "the coalition",
                                                                "the opposition alliance")))
_ACTS = (("accused China of arming its enemies.", "ACCUSES", "China"),
         ("urged ASEAN to expel Myanmar.", "DEMANDS", "ASEAN"),
         ("rejected Thailand's offer of talks.", "REJECTS", "Thailand"))
_OPENERS = ("said on Monday it would fight on.", "held a meeting in the capital on Monday.")

PROBES += [
    Probe("description of a body named before", f"{intro} {opener} {desc[0].upper()}{desc[1:]} {act}",
          (name, rel, target), forbidden=((target, rel, name),))
    for intro, name, descs in _BODIES for desc in descs for act, rel, target in _ACTS for opener in _OPENERS
]
PROBES += [
    Probe("uncounted crowd as the object of force", f"{dem} police {verb} {crowd}{tail}", (state, "COERCES", crowd))
    for dem, state in _STATES for crowd in ("protesters", "marchers")
    for verb in _FORCE + ("fired tear gas at", "fired live rounds and tear gas at") for tail in _TAILS[:2]
]
