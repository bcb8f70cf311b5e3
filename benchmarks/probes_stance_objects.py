"""Round 18 (M): a stance on a measure or attack named as a noun with its patient after it ("Peru condemned the
sanctions on Peruvian banks"): the critic neither imposes the measure nor takes a stance on its patient; with the
imposer told before, the stance goes to the imposer."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STANCES = (("condemned", "ACCUSES"), ("denounced", "ACCUSES"), ("criticised", "ACCUSES"),
            ("welcomed", "SUPPORTS"), ("rejected", "REJECTS"))
_MEASURES = ("the sanctions", "the new sanctions", "these sanctions", "the restrictions", "the penalties")
_PREPS = ("on", "against")

PROBES = [
    Probe("stance on a measure: no imposer told",
          f"Paraguay {verb} {measure} {prep} Paraguayan banks.", ("", "", ""),
          forbidden=(("Paraguay", rel, "Paraguayan banks"), ("Paraguay", "SANCTIONS", "Paraguayan banks")))
    for verb, rel in _STANCES for measure in _MEASURES for prep in _PREPS
] + [
    Probe("stance on a measure: imposer told before",
          f"Canada imposed sanctions on four Honduran exporters last week. Honduras {verb} {measure} {prep} "
          "Honduran exporters.", ("Honduras", rel, "Canada"),
          forbidden=(("Honduras", rel, "Honduran exporters"), ("Honduras", "SANCTIONS", "Honduran exporters")))
    for verb, rel in _STANCES for measure in _MEASURES[:3] for prep in _PREPS
]
