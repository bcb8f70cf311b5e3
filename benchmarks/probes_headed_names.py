"""Round 20: "the bloc"/"the party" is the body named with that noun after its name ("the opposition Tavush bloc"),
not a body that only fits the noun's type; a noun written only later does not reach back."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OTHERS = ("The European Union said on Monday it would send monitors.",
           "Police detained Nino Beradze of the National Renewal Movement on Monday.")
_INTROS = ("The opposition Tavush {noun} won 12 seats in October.",
           "The ruling Tavush {noun}, founded in 2012, won the election in October.",
           "Analysts said the Tavush {noun} would gain seats.")
_ACTS = (("The {noun} accused Russia of meddling.", ("Tavush", "ACCUSES", "Russia")),
         ("Aram Petrosyan, the {noun}'s leader, said it would rally next week.", ("Aram Petrosyan", "LEADS", "Tavush")))


def _other(first: str) -> str:
    return "European Union" if "European" in first else "National Renewal Movement"


PROBES = [
    Probe("headed name: the noun written after the name",
          f"{other} {intro.format(noun=noun)} {act.format(noun=noun)}", triple,
          forbidden=((triple[0], triple[1], _other(other)) if triple[0] != "Tavush" else (_other(other), "ACCUSES", "Russia"),))
    for other in _OTHERS for intro in _INTROS for noun in ("bloc", "party") for act, triple in _ACTS
] + [
    # negative: "the party" before any body is written "<Name> party" keeps the usual reading
    Probe("headed name: a later noun does not reach back",
          "The National Renewal Movement won the election in October. The party accused Russia of meddling. "
          f"The Tavush {noun} later joined the protests.", ("National Renewal Movement", "ACCUSES", "Russia"))
    for noun in ("party", "bloc")
]
