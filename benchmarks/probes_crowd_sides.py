"""Crowds named by their side and kind, with no number ("fired tear gas at opposition supporters", "detained
pro-democracy activists"), and crowds whose protest is broken up ("fired tear gas to break up a protest by
opposition supporters", "dispersed a rally of ODM supporters"): force by the state's police on the crowd is the
state's COERCES (round 26, from corpus_blind10/11). The same side words with no force on them make no party, and a
protest broken up is not one held against the body the protest was about."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STATES = (("Kenyan", "Kenya"), ("Mozambican", "Mozambique"), ("Togolese", "Togo"))
_CROWDS = ("opposition supporters", "anti-government protesters", "pro-democracy activists", "opposition activists",
           "anti-government demonstrators")
_FORCE = ("fired tear gas at", "detained", "arrested", "dispersed", "fired tear gas to disperse", "used water cannon to disperse")
_TAILS = (" on Monday.", " in the capital on Monday.", " outside parliament on Monday, witnesses said.")

PROBES = [
    Probe("side-named crowd as the object of force", f"{dem} police {verb} {crowd}{tail}", (state, "COERCES", crowd))
    for dem, state in _STATES for verb in _FORCE for crowd in _CROWDS for tail in _TAILS
]
PROBES += [
    Probe("protest broken up", f"{dem} police {verb} {act} by {crowd}{tail}", (state, "COERCES", name))
    for dem, state in _STATES
    for verb in ("broke up", "fired tear gas to break up", "dispersed", "used water cannon to disperse")
    for act in ("a protest", "a rally", "a march", "a sit-in")
    for crowd, name in (("opposition supporters", "opposition supporters"), ("hundreds of students", "hundreds of students"),
                        ("the Orange Democratic Movement", "Orange Democratic Movement"))
    for tail in _TAILS[:2]
]
PROBES += [
    # no force on the crowd: no party, no relation
    Probe("side-named crowd without force", text, ("", "", ""),
          forbidden=(("Kenya", "COERCES", "opposition supporters"),), absent=("opposition supporters",))
    for text in ("Kenyan opposition supporters marched on parliament on Monday.",
                 "Opposition supporters said Kenya had rigged the vote.",
                 "The talks broke up without agreement on Monday, Kenya said.")
]
PROBES += [
    # the protest was against the body: the crowd, not the body, is the one the police acted on
    Probe("protest against a body broken up", f"Kenyan police broke up a protest against {body} on Monday.",
          ("", "", ""), forbidden=(("Kenya", "COERCES", name),))
    for body, name in (("the Orange Democratic Movement", "Orange Democratic Movement"),
                       ("the electoral commission", "electoral commission"))
]
PROBES += [
    # foreigners are a group like nationals or citizens: "detained 14 foreigners, including three U.S. citizens"
    Probe("counted foreigners detained", f"Venezuela has {verb} {count} foreigners{tail}", ("Venezuela", "COERCES", f"{count} foreigners"))
    for verb in ("detained", "arrested", "expelled") for count in ("14", "dozens of", "several")
    for tail in (".", ", including three U.S. citizens.", " accused of plotting a coup, officials said.")
]
