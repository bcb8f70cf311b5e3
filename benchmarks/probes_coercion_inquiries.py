"""Force, inquiries and threats, round 28: an inquiry into a person named by surname alone ("opened a probe into
Quispe"), a search of a party's premises ("investigators searched the Cusco offices of X"), force on hideouts or
positions inside a state ("jets struck militant hideouts in Bolivia"), an investigators' raid on premises
("prosecutors raided the offices of X": an inquiry, not force), an object after a labelling clause ("struck what
the army called hideouts of X": no call between the army and X), and a readiness to answer a state's act ("said its
forces were ready to respond to any Bolivian aggression"); negatives: the same words outside these frames."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_INQUIRIES = ("opened an investigation into", "launched a probe into", "opened an inquiry into",
              "announced a criminal investigation into")
_INTRODUCED = ("Opposition leader Rosa Quispe spoke in Cusco on Monday.",
               "Rosa Quispe, a former senator, was questioned last month.")
_PREMISES = ("the offices of", "the Cusco offices of", "the headquarters of", "the Arequipa headquarters of",
             "the home of")
_SEARCHERS = ("Peruvian investigators", "Peru's police", "Prosecutors in Peru")
_FORCE = ("struck", "bombed", "pounded", "shelled")
_HIDEOUTS = ("militant hideouts", "rebel strongholds", "several targets", "hideouts", "army positions")
_LABELLERS = ("the army", "the military", "officials", "it", "Peru's defence ministry")
_LABELS = ("called", "described as", "termed")
_READY = ("was ready to respond to", "were ready to respond to", "would respond to", "was prepared to respond to")
_HOSTILE = ("aggression", "attack", "incursion", "provocation")

PROBES = [
    Probe("inquiry into a surname", f"{intro} Peru {inquiry} Quispe on Tuesday.", ("Peru", "INVESTIGATES", "Rosa Quispe"))
    for intro in _INTRODUCED for inquiry in _INQUIRIES
] + [
    Probe("negative: a place after into", f"Peru {verb} Bolivia on Tuesday.", ("", "", ""),
          forbidden=(("Peru", "INVESTIGATES", "Bolivia"),))
    for verb in ("sent troops into", "moved its army into", "flew surveillance drones into")
] + [
    Probe("premises searched", f"{who} searched {premises} Andes Holdings on Tuesday.",
          ("Peru", "INVESTIGATES", "Andes Holdings"))
    for who in _SEARCHERS for premises in _PREMISES
] + [
    Probe("negative: a search for someone", f"{who} searched {what} on Tuesday.", ("", "", ""),
          forbidden=(("Peru", "INVESTIGATES", "Rosa Quispe"),))
    for who in _SEARCHERS for what in ("the area for Rosa Quispe", "the border for traces of Rosa Quispe")
] + [
    Probe("hideouts struck in a state", f"Peruvian jets {verb} {site} in Bolivia on Monday.",
          ("Peru", "ATTACKS", "Bolivia"))
    for verb in _FORCE for site in _HIDEOUTS
] + [
    Probe("negative: positions without force", f"Peru {verb} {site} in Bolivia.", ("", "", ""),
          forbidden=(("Peru", "ATTACKS", "Bolivia"),))
    for verb in ("mapped", "bought", "reported on") for site in ("rebel positions", "several targets")
] + [
    Probe("object after a labelling clause",
          f"Peruvian jets {verb} what {who} {label} hideouts of the Andean Liberation Front on Monday.",
          ("Peru", "ATTACKS", "Andean Liberation Front"),
          forbidden=(("Peru", "MEETS_WITH", "Andean Liberation Front"),))
    for verb in _FORCE for who in _LABELLERS for label in _LABELS
] + [
    Probe("negative: a call is still a meeting", f"Peru's president {verb} Bolivia's president on Monday.",
          ("Peru", "MEETS_WITH", "Bolivia"))
    for verb in ("called", "phoned")
] + [
    Probe("readiness to answer a state's act", f"{who} said {pro} {ready} any Bolivian {act}.", (name, "THREATENS", "Bolivia"))
    for who, pro, name in (("Peru", "it", "Peru"), ("Army chief General Ana Sosa", "her forces", "Ana Sosa"))
    for ready in _READY for act in _HOSTILE
] + [
    Probe("negative: answering a proposal", f"Peru said it {ready} the Bolivian {what}.", ("", "", ""),
          forbidden=(("Peru", "THREATENS", "Bolivia"),))
    for ready in ("was ready to respond to", "would respond to") for what in ("proposal", "request", "letter")
] + [
    Probe("investigators' raid on premises", f"Peru held a vote. {who} raided {premises} Andes Holdings on Tuesday.",
          ("Peru", "INVESTIGATES", "Andes Holdings"),
          forbidden=(("Peru", "ATTACKS", "Andes Holdings"), ("Peru", "COERCES", "Andes Holdings")))
    for who in ("Investigators", "Prosecutors", "Investigators also", "Prosecutors also") for premises in _PREMISES
] + [
    Probe("negative: troops' raid is force", f"Peruvian troops raided {what} the Andean Front on Tuesday.",
          ("Peru", "ATTACKS", "Andean Front"), forbidden=(("Peru", "INVESTIGATES", "Andean Front"),))
    for what in ("a camp of", "the headquarters of")
]
