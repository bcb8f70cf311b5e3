"""A speaker's characterisation of an act as someone's wrong (round 28, characterised_agents.py): 'called the
flights "a deliberate hybrid attack" by the government in X', "told the court the case was a publicity stunt by X",
"called the plan a US-Israeli plot" -> the speaker ACCUSES X. Not a demand ("called for an end to attacks by X"),
nor a wrong denied ("said the report was not an attack by X")."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Lithuanian Prime Minister Ana Petrova", "Ana Petrova"), ("Chile's foreign ministry", "Chile"),
             ("The opposition Kestrel Party", "Kestrel Party"))
_AUTHORS = (("Peru", "Peru"), ("the government in Lima", "Peru"), ("Varna Holdings", "Varna Holdings"))
_FRAMES = ("{s} called the drone flights \"a deliberate hybrid attack\" by {a}.",
           "{s} described the raid as an act of war by {a}.",
           "{s} told the court that the case was \"a cynical publicity stunt\" by {a}.",
           "{s} branded the arrests a witch hunt by {a}.",
           "{s} said the blockade was a provocation by {a} and would be answered.")

PROBES = [
    Probe("characterised act: its author after by", f.format(s=s, a=a), (speaker, "ACCUSES", author))
    for f in _FRAMES for s, speaker in _SPEAKERS for a, author in _AUTHORS
] + [
    Probe("characterised act: its author as adjective", f"{s} called the plan a {adj} plot.", (speaker, "ACCUSES", x))
    for s, speaker in _SPEAKERS for adj, x in (("US-Israeli", "Israel"), ("US-Israeli", "United States"))
] + [
    Probe("characterised act: a demand or a denial", f.format(s=s, a=a), ("", "", ""),
          forbidden=((speaker, "ACCUSES", author),))
    for f in ("{s} called for an end to attacks by {a}.", "{s} said the report was not an attack by {a}.")
    for s, speaker in _SPEAKERS for a, author in _AUTHORS
]
