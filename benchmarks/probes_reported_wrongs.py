"""Wrongs a report imputes, second list (round 28, wrong_acts.py): force and destruction, incursions, arms kept or
supplied, others punished or silenced, harm done to relations and rules: "X said Y had torched the village", "said
Y was supplying weapons to the rebels", "said Y was punishing its own farmers" -> X ACCUSES Y; a role noun may come
before Y's name ("said legislator Y had ..."). Not a neutral act with the same verb ("storing grain", "supplying
fuel"), a wrong denied or done to Y, a prosecution's formal charge, nor a spokesman speaking of their own group."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Kenyan army spokesman Omar Diallo said", "Omar Diallo"),
             ("The Treasury Department said", "Treasury Department"),
             ("Senator Hilda Marsh told reporters", "Hilda Marsh"))
_ACCUSED = ("Peru", "Varna Holdings", "Oskar Lindqvist")
_WRONGS = ("had torched the village", "had been storing weapons in schools", "was supplying weapons to the rebels",
           "was punishing its own farmers", "had opened fire on the marchers", "was blocking aid to the camps",
           "had gravely damaged relations", "had ignored the court's rulings", "was inventing enemies abroad",
           "had stormed the embassy", "had recruited child soldiers", "was sheltering militants in the hills")
_NEUTRAL = ("had been storing grain in schools", "was supplying fuel to the city", "had not torched anything",
            "was punished by the court", "had occupied the post of chairman for a decade",
            "had never supplied weapons to anyone")

PROBES = [
    Probe("reported wrong", f"{lead} {who} {wrong}.", (speaker, "ACCUSES", who))
    for lead, speaker in _SPEAKERS for who in _ACCUSED for wrong in _WRONGS
] + [
    Probe("reported wrong: neutral, denied or suffered", f"{lead} {who} {wrong}.", ("", "", ""),
          forbidden=((speaker, "ACCUSES", who),))
    for lead, speaker in _SPEAKERS for who in _ACCUSED for wrong in _NEUTRAL
] + [
    Probe("reported wrong: role noun before the name", f"{lead} {role} Oskar Lindqvist {wrong}.",
          (speaker, "ACCUSES", "Oskar Lindqvist"))
    for lead, speaker in _SPEAKERS for role in ("legislator", "opposition leader", "former minister")
    for wrong in ("had colluded with foreign agents", "had torched the village")
] + [
    Probe("reported wrong: alleged for months", f"Varna Holdings had alleged for months that {who} {wrong}.",
          ("Varna Holdings", "ACCUSES", who))
    for who in ("Peru", "Oskar Lindqvist") for wrong in ("worked behind the scenes with the militia",
                                                         "had bribed the judges")
] + [
    Probe("reported wrong: a prosecution's charge", f"Peru's prosecutors have charged {who} with undermining the state.",
          ("", "", ""), forbidden=(("Peru", "ACCUSES", who),))
    for who in ("Oskar Lindqvist", "Ana Ruiz")
] + [
    Probe("reported wrong: its own spokesman", f"{body} spokesman Omar Diallo said {ref} had raided the depot.", ("", "", ""),
          forbidden=(("Omar Diallo", "ACCUSES", body),))
    for body, ref in (("Varna Liberation Front", "the group"), ("Kestrel Movement", "the movement"))
]
