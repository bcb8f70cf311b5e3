"""A wrong told as what its victims suffered, inside a report: "X said the villagers had been beaten by Y" -> X ACCUSES
Y (round 31, suffered_charges.py); negatives: the speaker's own forces as the agent, a doubted or denied report, a
passive whose participle is no wrong, a passive told on no one's word."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SPEAKERS = (("Chile", "Chile"), ("Chile's foreign ministry", "Chile"), ("The Andean Rights Network", "Andean Rights Network"),
             ("Chile's interior minister, Ana Ruiz,", "Ana Ruiz"))
_AGENTS = (("Peruvian troops", "Peru"), ("the Peruvian army", "Peru"), ("officers of the Peruvian Navy", "Peruvian Navy"),
           ("the Southern Liberation Front", "Southern Liberation Front"))
_VICTIMS = ("the fishermen", "two border guards", "a convoy of aid workers")
_WRONGS = ("had been attacked", "were ambushed", "had been beaten", "were abducted", "had been shot", "were harassed",
           "had been fired on", "had been tortured")
_SPEECH = ("said", "told reporters", "said on Monday that")

PROBES = [
    Probe("a victim's passive with a wrongful participle: the speaker accuses its agent",
          f"{speaker} {speech} {victim} {wrong} by {agent}.", (who, "ACCUSES", accused))
    for speaker, who in _SPEAKERS for agent, accused in _AGENTS for victim in _VICTIMS[:2] for wrong in _WRONGS
    for speech in _SPEECH[:2]
] + [
    Probe("a victim's passive after a participle of speech",
          f"Marco Ruiz retracted his confession, saying it had been {wrong} by {agent}.", ("Marco Ruiz", "ACCUSES", accused))
    for agent, accused in _AGENTS for wrong in ("beaten out of him", "tortured out of him")
] + [
    Probe("a wrong named as a noun its victim suffered: the speaker accuses its agent",
          f"{speaker} {speech} {victim} {wrong} {agent}.", (who, "ACCUSES", accused))
    for speaker, who in _SPEAKERS for agent, accused in _AGENTS for victim, wrong in (
        ("the editor", "was the victim of political persecution by"), ("the detainees", "were subjected to torture by"),
        ("the fishermen", "had suffered abuse at the hands of"), ("the town", "was the victim of an attack by"),
        ("the villagers", "were victims of enforced disappearance at the hands of"),
        ("the fishermen", "had been beaten at the hands of"))
    for speech in _SPEECH[:1]
] + [
    Probe("negative: a wrong noun its victim suffered, told on no one's word or denied",
          f"{opening} the town was the victim of an attack by Peruvian troops.", ("", "", ""),
          forbidden=(("Chile", "ACCUSES", "Peru"),))
    for opening in ("Chile denied that", "Chile said it was unclear whether", "Reports that")
] + [
    Probe("negative: the speaker's own forces as the agent",
          f"Chile's interior minister, Ana Ruiz, said the smugglers had been {wrong[wrong.index(' ') + 1:]} by Chilean "
          "troops.", ("", "", ""), forbidden=(("Ana Ruiz", "ACCUSES", "Chile"),))
    for wrong in _WRONGS
] + [
    Probe("negative: a doubted or denied report",
          f"Chile {verb} {victim} {wrong} by Peruvian troops.", ("", "", ""), forbidden=(("Chile", "ACCUSES", "Peru"),))
    for verb in ("said it was unclear whether", "denied that", "said there was no evidence that")
    for victim in _VICTIMS for wrong in _WRONGS[:4]
] + [
    Probe("negative: a participle that is no wrong",
          f"Chile said {victim} had been {done} by Peruvian officials.", ("", "", ""),
          forbidden=(("Chile", "ACCUSES", "Peru"),))
    for victim in _VICTIMS for done in ("welcomed", "received", "visited", "praised", "thanked", "greeted")
] + [
    Probe("negative: a passive told on no one's word",
          f"{victim[:1].upper() + victim[1:]} {wrong} by Peruvian troops near the river.", ("", "", ""),
          forbidden=(("Chile", "ACCUSES", "Peru"),))
    for victim in _VICTIMS for wrong in _WRONGS
]
