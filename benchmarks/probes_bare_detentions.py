"""A detention told by a bare participle, round 23: "two activists arrested on Monday were freed", "Ana Ruiz,
jailed since March, ..." -> the acting state COERCES them; negatives: an active verb with its object ("troops
detained three men"), "held" of talks or rallies, a detention only wanted."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_HELD = (("two activists", "Ecuadorian police"), ("14 students", "Ecuador's interior ministry"),
         ("the journalist Ana Ruiz", "Ecuadorian police"))
_HOW = ("detained in a raid last week", "arrested on Monday", "jailed since March", "detained during Sunday's march",
        "arrested in Quito on Friday", "imprisoned without trial", "held without charge", "held in a military prison",
        "held in Guayaquil since May", "detained for more than two weeks")
_FRAMES = ("{who} said {held}, {how}, had been released.",
           "{who} said {held} {how} had been released.",
           "{held}, {how}, were freed on bail on Tuesday, {who} said.")

PROBES = [
    Probe("a detention told by a bare participle", frame.format(who=who, held=held, how=how),
          ("Ecuador", "COERCES", held.removeprefix("the journalist ")))
    for held, who in _HELD for how in _HOW for frame in _FRAMES[:2]
] + [
    Probe("a detention told by a bare participle", _FRAMES[2].format(who=who, held=held.capitalize(), how=how),
          ("Ecuador", "COERCES", held.removeprefix("the journalist ").capitalize()))
    for held, who in _HELD[:2] for how in _HOW
] + [
    Probe("a detention told by a bare participle, by a named force",
          f"Peru demanded the release of {held} detained by Ecuador's navy off the coast on Sunday.",
          ("Ecuador", "COERCES", held.removeprefix("the captain ")))
    for held in ("six Peruvian fishermen", "the captain Luis Chávez")
] + [
    Probe("a detention told by a bare participle, coordinated ones held",
          f"Ecuador's navy said the captain, Luis Chávez, and nine crew members, {how}, were freed.",
          ("Ecuador", "COERCES", held))
    for how in ("held in Manta since the seizure", "detained off Esmeraldas on Sunday")
    for held in ("Luis Chávez", "nine crew members")
] + [
    Probe("negative: an active verb, or held of no detention", text, ("", "", ""), forbidden=((src, "COERCES", held),))
    for text, src, held in (
        ("Ecuadorian police said 14 students held talks with the rector on Monday.", "Ecuador", "14 students"),
        ("Ecuadorian police said 14 students held in Quito a vigil for the victims.", "Ecuador", "14 students"),
        ("Ecuadorian police said 14 students held a rally in Quito on Monday.", "Ecuador", "14 students"),
        ("Ecuador's navy said 12 Peruvian fishermen detained on Sunday three smugglers.", "Ecuador",
         "12 Peruvian fishermen"),
        ("Ecuador said three Peruvian fishermen held hostage by a gang since May were freed.", "Ecuador",
         "three Peruvian fishermen"),
        ("Ecuador's president said Ana Ruiz wanted arrested officers punished.", "Ecuador", "Ana Ruiz"))
]
_DEMANDERS = ("Peru", "The European Union")
PROBES += [
    Probe("a bare participle with a by-phrase after the ones held, in a release demand",
          f"{who} demanded the release of {held} {how}.", ("Ecuador", "COERCES", held),
          forbidden=(("Ecuador", "COERCES", who.removeprefix("The ")), (who.removeprefix("The "), "COERCES", held)))
    for who in _DEMANDERS for held in ("six fishermen", "14 students")
    for how in ("detained by Ecuador's navy on Sunday", "held by Ecuador since May", "arrested by Ecuadorian police")
] + [
    Probe("a detention participle as an adjective: no verb of the clause's subject",
          f"{who} demanded the release of {adj} journalist Ana Ruiz on Monday.", ("", "", ""),
          forbidden=((who.removeprefix("The "), "COERCES", "Ana Ruiz"),))
    for who in _DEMANDERS for adj in ("detained", "the detained", "the jailed", "imprisoned")
] + [
    Probe("a detention participle as an adjective, owned by the state", text, ("Ecuador", "COERCES", "Ana Ruiz"))
    for text in ("Ecuador's jailed opposition leader Ana Ruiz met her lawyers on Monday.",
                 "Peru's president raised Ecuador's imprisoned activist Ana Ruiz with Quito's envoy.",
                 "Ecuador's detained journalist Ana Ruiz began a hunger strike, her family said.")
]
