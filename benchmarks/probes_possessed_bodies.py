"""Round 20: "its fighters" / "their militants" is the body its own sentence names (the one speaking, else the one
named right before), not an older body; with no body in the sentence, the older reading stays."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OLDER = ("The Sorel Front said on Friday that it had no units near the border.",
          "The Varan Movement accused Peru of delays on Friday.")
_SPEAKERS = ("The Kelet Brigades said on Monday that {its} {noun} had",
             "The Kelet Brigades, an armed group based in Bolivia, said {its} {noun} had",
             "The Kelet Brigades claimed the raid in a statement, saying {its} {noun} had",
             "A spokesman for the Kelet Brigades told reporters that {its} {noun} had")
_NOUNS = (("its", "fighters"), ("its", "militants"), ("their", "fighters"))
_ACTS = (("ambushed a Chilean convoy.", "Chile later accused the {noun} of killing civilians.", "ACCUSES"),
         ("shelled a Chilean border post.", "Chile launched an offensive against the group on Sunday.", "ATTACKS"))


def _older_name(older: str) -> str:
    return "Sorel Front" if "Sorel" in older else "Varan Movement"


PROBES = [
    Probe("possessed body: the speaker's own",
          f"{older} {speaker.format(its=its, noun=noun)} {act} {after.format(noun=noun)}",
          ("Chile", rel, "Kelet Brigades"), forbidden=(("Chile", rel, _older_name(older)),))
    for older in _OLDER for speaker in _SPEAKERS for its, noun in _NOUNS for act, after, rel in _ACTS
] + [
    Probe("possessed body: the one named right before",
          f"{older} Chile has held talks with the Kelet Brigades over the disarmament of {its} {noun}. "
          f"Peru accused the group of smuggling arms.",
          ("Peru", "ACCUSES", "Kelet Brigades"), forbidden=(("Peru", "ACCUSES", _older_name(older)),))
    for older in _OLDER for its, noun in _NOUNS
] + [
    # negative: with no body in its own sentence, "its fighters" is still the body named before
    Probe("possessed body: none in the sentence",
          f"The Kelet Brigades ambushed a Chilean convoy on Monday. Chile said {its} {noun} had fled north. "
          f"Peru condemned the group.",
          ("Peru", "ACCUSES", "Kelet Brigades"))
    for its, noun in _NOUNS
] + [
    # negative: a state speaking of "its" forces is no body's
    Probe("possessed body: a state's own",
          f"{older} Chile said on Monday that its soldiers had repelled an attack by the Kelet Brigades.",
          ("", "", ""), forbidden=(("Chile", "ATTACKS", _older_name(older)), (_older_name(older), "ATTACKS", "Chile")))
    for older in _OLDER
]
