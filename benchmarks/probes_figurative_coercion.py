"""Coercion told as a figure in a reported clause: "X said Y was holding the country hostage", "was criminalising
dissent", "held the vote at gunpoint" -> X ACCUSES Y; hostages freed, or one held hostage by others, charge no one
with it (round 30)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = ("Senator Hilda Marsh", "The Liberal Alliance", "Amnesty International")
_SAID = ("said", "told reporters")
_FIGURES = ('was "holding our country hostage with visas"', "had taken the peace talks hostage",
            "was keeping the whole region hostage", 'was "criminalising dissent"', "had criminalised peaceful protest",
            "was holding an election at gunpoint")
_NOT_CHARGED = ("had freed the hostages held by rebels", "had negotiated the release of hostages",
                "had protested after its sailors were taken hostage by pirates")

PROBES = [
    Probe("coercion told as a figure in a reported clause",
          f"{speaker} {said} Peru {figure}.", (speaker.removeprefix("Senator ").removeprefix("The "), "ACCUSES", "Peru"))
    for speaker in _SPEAKERS for said in _SAID for figure in _FIGURES
] + [
    Probe("hostages freed or held by others: no figure of coercion",
          f"{speaker} {said} Peru {act}.", ("", "", ""),
          forbidden=((speaker.removeprefix("Senator ").removeprefix("The "), "ACCUSES", "Peru"),))
    for speaker in _SPEAKERS for said in _SAID for act in _NOT_CHARGED
]
