"""Round 20: "firm" before a noun of stance is an adjective: no company named before acts ("the firm protest of the
Peruvian side", "its firm position"); "the firm" before a verb still is the company."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LEDE = "Chile sanctioned Andes Mining Corporation on Monday."
_STANCES = ("protest", "position", "stance", "opposition", "commitment")

PROBES = [
    Probe("firm stance: an adjective, no company",
          f"{_LEDE} Peru's deputy minister conveyed to Chile's ambassador the firm {noun} of the Peruvian side.",
          ("", "", ""), forbidden=(("Andes Mining Corporation", "PROTESTS", "Chile"),
                                   ("Andes Mining Corporation", "PROTESTS", "Peru")))
    for noun in _STANCES
] + [
    Probe("firm stance: its firm ...", f"{_LEDE} Peru reaffirmed its firm {noun} and urged Chile to talk.",
          ("Peru", "DEMANDS", "Chile"), forbidden=(("Andes Mining Corporation", "DEMANDS", "Chile"),))
    for noun in _STANCES
] + [
    # negative: "the firm" before a verb is the company
    Probe("firm stance: the firm acting", f"{_LEDE} The firm {verb}", triple)
    for verb, triple in (("denied any wrongdoing.", ("Andes Mining Corporation", "DENIES", "Chile")),
                         ("protested the decision.", ("Andes Mining Corporation", "PROTESTS", "Chile")))
]
