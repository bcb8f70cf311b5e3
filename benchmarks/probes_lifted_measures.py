"""Measures lifted, round 23: "X lifted/eased/suspended its measures/ban/curbs on Y", "the lifting of measures
against Y by X", "sanctions on Y were lifted", "Y's removal from X's sanctions list", "X lifted Y's suspension" ->
X EASES_SANCTIONS Y; negatives: a ban on imports from Y imposed is no easing, measures eased at home are none, a
removal from office is no delisting."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_EASERS = ("Kazakhstan", "The European Union")
_LIFTED = ("lifted its measures against Kyrgyzstan", "eased the curbs on Kyrgyzstan",
           "lifted its ban on imports from Kyrgyzstan", "relaxed export controls on Kyrgyzstan",
           "suspended the tariffs on Kyrgyzstan", "lifted the embargo on Kyrgyzstan",
           "lifted Kyrgyzstan's suspension", "lifted the suspension of Kyrgyzstan")
_PASSIVE = ("Sanctions on Kyrgyzstan were lifted by {x} on Monday.",
            "Restrictions on Kyrgyzstan have been eased by {x}, officials said.",
            "The lifting of measures against Kyrgyzstan by {x} surprised analysts.",
            "{x} announced the removal of Kyrgyzstan from its sanctions list.",
            "Kyrgyzstan welcomed its removal from the sanctions list of {x}.")

PROBES = [
    Probe("measures lifted", f"{x} {lifted} on Monday.", (x.removeprefix("The "), "EASES_SANCTIONS", "Kyrgyzstan"),
          forbidden=((x.removeprefix("The "), "SANCTIONS", "Kyrgyzstan"),))
    for x in _EASERS for lifted in _LIFTED
] + [
    Probe("measures lifted, told passively or by a noun", frame.format(x=x if frame.startswith("{x}") else x.replace("The ", "the ")),
          (x.removeprefix("The "), "EASES_SANCTIONS", "Kyrgyzstan"),
          forbidden=((x.removeprefix("The "), "SANCTIONS", "Kyrgyzstan"), (x.removeprefix("The "), "COERCES", "Kyrgyzstan")))
    for x in _EASERS for frame in _PASSIVE
] + [
    Probe("negative: measures imposed, eased at home, a removal from office", text, ("", "", ""),
          forbidden=(("Kazakhstan", "EASES_SANCTIONS", "Kyrgyzstan"),))
    for text in ("Kazakhstan imposed a ban on imports from Kyrgyzstan on Monday.",
                 "Kazakhstan eased its lockdown measures on Monday, days after Kyrgyzstan did.",
                 "Kazakhstan lifted the state of emergency, and Kyrgyzstan protested.",
                 "Kazakhstan demanded the removal of Kyrgyzstan's troops from the border.")
]
