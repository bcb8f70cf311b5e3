"""Summoned envoys (round 21): an envoy named by a demonym and any diplomatic title, or summoned in the passive with
the summoner after "by" or as the one who reports it, is a protest to the envoy's state; a summons for questioning,
or one with no summoner told, is none."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PAIRS = (("Peru", "Peruvian", "Chile", "Chilean"), ("Kenya", "Kenyan", "Uganda", "Ugandan"),
          ("Poland", "Polish", "Belarus", "Belarusian"))
_TITLES = ("ambassador", "chargé d'affaires", "charge d'affaires", "deputy chief of mission", "envoy", "consul general")

PROBES = [
    Probe("summoned envoy: demonym and title", f"{a} summoned the {bdem} {title} on Tuesday.", (a, "PROTESTS", b))
    for a, _, b, bdem in _PAIRS for title in _TITLES
] + [
    Probe("summoned envoy: passive, agent after the place",
          f"{possessive} {title} was summoned to the foreign ministry by {adem} Foreign Minister Rosa Quispe.",
          ("Rosa Quispe", "PROTESTS", b))
    for a, adem, b, bdem in _PAIRS for title in ("ambassador", "envoy")
    for possessive in (f"{b}'s", f"The {bdem}")
] + [
    Probe("summoned envoy: passive, reported",
          f"{reporter} that the {bdem} {title} had been summoned.", (a, "PROTESTS", b))
    for a, adem, b, bdem in _PAIRS for title in ("ambassador", "chargé d'affaires")
    for reporter in (f"{adem} state media reported", f"{a}'s foreign ministry said")
] + [
    Probe("summoned envoy: passive, a spokeswoman reports for her state",
          f"Rosa Quispe, a spokeswoman for {a}'s foreign ministry, said the {bdem} ambassador had been summoned.",
          (a, "PROTESTS", b), forbidden=(("Rosa Quispe", "PROTESTS", b),))
    for a, _, b, bdem in _PAIRS
] + [
    Probe("summoned envoy: no protest", text, ("", "", ""), forbidden=((a, "PROTESTS", b),))
    for a, adem, b, bdem in _PAIRS
    for text in (f"{adem} officials said two {bdem} diplomats were summoned for questioning by the police.",
                 f"The {bdem} ambassador has been summoned four times this year, {adem} officials said.")
]
