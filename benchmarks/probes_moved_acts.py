"""Round 19: "the move" answers an act done (not a state of war, not a denied act), of the kind its sentence names;
charges told in the passive in reported speech are accusations a later denial answers."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SANCTIONER = ("Canada", "Japan", "Norway")
_REACTIONS = (("dismissed", "REJECTS"), ("rejected", "REJECTS"), ("condemned", "ACCUSES"), ("welcomed", "SUPPORTS"))
_NOUNS = ("move", "decision", "step")
# a distractor told between the act and the reaction: (sentence, the party that must not be answered)
_DISTRACTORS = (("The Northern Front has been at war with Peru's army since 2021.", "Peru"),
                ("Chile has denied arming the Northern Front.", "Chile"),
                ("The Northern Front and Peru's army have fought a border war for years.", "Peru"))

PROBES = [
    Probe("the move after a state of war or a denied act",
          f"{who} on Monday imposed sanctions on Pedro Vaz, a commander of the Northern Front. {distractor} "
          f"A Northern Front spokesman {verb} the {noun} on Tuesday.",
          ("Northern Front", rel, who), forbidden=(("Northern Front", rel, other),))
    for who in _SANCTIONER for verb, rel in _REACTIONS for noun in _NOUNS for distractor, other in _DISTRACTORS
] + [
    Probe("the move of the kind its sentence names",
          f"{who} on Monday imposed sanctions on the Lima Shipping Company. Separately, Chile {act} two Peruvian "
          f"sailors in Arica. Peru {verb} the {noun} and said the sanctions would not hurt its economy.",
          ("Peru", rel, who), forbidden=(("Peru", rel, "Chile"),))
    for who in _SANCTIONER for verb, rel in _REACTIONS if rel != "SUPPORTS" for noun in _NOUNS
    for act in ("arrested", "detained")
] + [
    Probe("a charge in the passive, then denied",
          f"Uruguay's interior minister, Tomas Vidal, said the {harm} was {agent} by Paraguay's intelligence service. "
          "Paraguay rejected the accusations.",
          ("Paraguay", "DENIES", "Tomas Vidal"))
    for harm in ("bombing", "blast", "attack", "assassination")
    for agent in ("ordered", "carried out", "orchestrated", "planned", "masterminded")
] + [
    Probe("no charge: the passive agent doubted or denied",
          f"Uruguay said there was {doubt} that the {harm} was ordered by Paraguay.",
          ("", "", ""), forbidden=(("Uruguay", "ACCUSES", "Paraguay"),))
    for harm in ("bombing", "blast", "attack")
    for doubt in ("no evidence", "nothing to suggest", "no sign")
]
