"""Wrongs a report imputes without an accusation verb (round 21): "X said Y was trying to bully ...", "had
bankrolled ...", "was repeating the lies of ...", "had been illegally fishing" -> X ACCUSES Y; what was done to Y
("had been tortured") or a wrong denied ("was not trying to") is no accusation of Y."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Senator Hilda Marsh said", "Hilda Marsh"), ("The Treasury Department said", "Treasury Department"),
             ("Kremlin spokesman Pavel Rudin told reporters", "Pavel Rudin"),
             ("Ines Varga, a member of the National Assembly, said", "Ines Varga"))
_ACCUSED = ("Peru", "Oskar Lindqvist", "Varna Holdings")
_WRONGS = ("was trying to bully the fishermen", "had secretly bankrolled the militia's radio station",
           "was \"repeating the lies of the generals\"", "had spread terrorist propaganda for months",
           "had been illegally fishing in the reserve", "was using villagers as human shields",
           "had made false statements about the border", "had misappropriated the relief funds",
           "had extorted money from traders")
_DONE_TO = ("had been tortured in custody", "was brutally beaten after the vote", "was not trying to bully anyone",
            "had never bankrolled any militia")

PROBES = [
    Probe("imputed wrong", f"{lead} {who} {wrong}.", (speaker, "ACCUSES", who))
    for lead, speaker in _SPEAKERS for who in _ACCUSED for wrong in _WRONGS
] + [
    Probe("imputed wrong: done to or denied", f"{lead} {who} {wrong}.", ("", "", ""),
          forbidden=((speaker, "ACCUSES", who),))
    for lead, speaker in _SPEAKERS for who in _ACCUSED for wrong in _DONE_TO
    if who != "Peru" or "not" in wrong or "never" in wrong  # (a state is no one tortured or beaten)
]
