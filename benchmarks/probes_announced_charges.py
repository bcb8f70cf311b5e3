"""A prosecution announced (round 21): "X said Y would face charges including murder", "will be charged with fraud"
-> X ACCUSES Y; "would not face charges", "would face the press" accuse no one."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Chief prosecutor Lena Holm said", "Lena Holm"), ("Justice Minister Omar Diallo told reporters that",
                                                                  "Omar Diallo"))
_ACCUSED = (("Piet Vos", "Piet Vos"), ("Senator Piet Vos, who led a militia in the 1990s,", "Piet Vos"),
            ("the Unity Front", "Unity Front"))
_CHARGED = ("would face charges including murder", "will be charged with fraud", "would be prosecuted for treason",
            "will face corruption charges", "would be tried for war crimes")
_NOT = ("would not face charges", "would face the press on Monday", "will not be charged")

PROBES = [
    Probe("announced charge", f"{lead} {who} {words}.", (speaker, "ACCUSES", name))
    for lead, speaker in _SPEAKERS for who, name in _ACCUSED for words in _CHARGED
] + [
    Probe("announced charge: none", f"{lead} {who} {words}.", ("", "", ""), forbidden=((speaker, "ACCUSES", name),))
    for lead, speaker in _SPEAKERS for who, name in _ACCUSED for words in _NOT
]
