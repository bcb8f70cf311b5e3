"""A warning whose condition names the one warned, round 29: "X warned that <a measure> could/would ... if Y ..."
-> X THREATENS Y; negatives: no condition on an actor ("if necessary"), a forecast for two parties, a statement
that warns of nothing."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Foreign Minister Lena Varga", "Lena Varga"), ("Hungary", "Hungary"),
             ("Lena Varga, Hungary's foreign minister,", "Lena Varga"))
_MEASURES = ("the government could close the border", "visa-free travel could be suspended",
             "the army could be placed on alert along the frontier", "it would respond firmly",
             "its airline would stop flights to the region", "imports could be banned")
_CONDITIONS = ("if Slovakia pressed ahead with the dam", "if Slovakia did not withdraw the decree",
               "if the Slovak government kept up the pressure")


PROBES = [
    Probe("a warning whose condition names the one warned",
          f"{speaker} warned on Monday that {measure} {cond}.", (source, "THREATENS", "Slovakia"))
    for speaker, source in _SPEAKERS for measure in _MEASURES for cond in _CONDITIONS
] + [
    Probe("negative: a warning with no actor in its condition, or a forecast", text, ("", "", ""),
          forbidden=((src, "THREATENS", target),))
    for text, src, target in (
        ("Hungary warned that it would respond if necessary, Slovakia's envoy said.", "Hungary", "Slovakia"),
        ("Hungary warned that talks could collapse if Slovakia and Austria failed to agree.", "Hungary", "Slovakia"),
        ("Hungary said that talks could resume if Slovakia agreed.", "Hungary", "Slovakia"),
        ("Hungary warned that prices could rise; it said talks would resume if Slovakia agreed.", "Hungary",
         "Slovakia"))
]
