"""Detentions told by "held" with the holder given by a place or a by-phrase, round 31: "two fishermen were held in
Ecuador in 2023", "X has been held in Quito's Inca prison since May", "X, a Peruvian engineer held in Ecuador since
March" -> the state of the place COERCES them; "were held by Ecuadorian authorities" -> that state. Negatives:
meetings and rallies held in a place, "held in high esteem", "held talks"."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_HELD = ("two Peruvian fishermen", "the engineer Luis Chávez", "14 Peruvian students")
_PASSIVE_HOW = ("held in Ecuador in 2023", "held in Ecuador since March", "held in Quito's Inca prison since May",
                "held in Ecuador for six months", "held in Ecuador on spying charges",
                "held by Ecuadorian authorities since March", "held by Ecuador's police without charge",
                "held in Ecuador's Inca prison since May")
_PASSIVE_FRAMES = ("Peru said {held} had been {how}.",
                   "Peru is trying to free {held}, who were {how}.",
                   "Lima recalled that {held} were {how}, a Peruvian official said.")

PROBES = [
    Probe("a detention told by a passive 'held' with its place or holder",
          frame.format(held=held, how=how), ("Ecuador", "COERCES", held.removeprefix("the engineer ")))
    for held in _HELD for how in _PASSIVE_HOW for frame in _PASSIVE_FRAMES
] + [
    Probe("a detention told by 'held' closing an appositive",
          f"Peru is seeking the release of {name}, {desc} {how}.", ("Ecuador", "COERCES", name))
    for name in ("Luis Chávez", "Ana Ruiz")
    for desc in ("a Peruvian engineer", "a dual-national agronomist", "a former Peruvian mayor")
    for how in ("held in Quito's Inca prison since 2024", "held in Ecuador since May", "detained in Ecuador last week",
                "jailed in Quito since March")
] + [
    Probe("a detention told by a passive 'held' in an article's prison of a state named before",
          f"Ecuador rejected Peru's complaint on Monday. Peru said {held} had been held in a Quito prison since May.",
          ("Ecuador", "COERCES", held.removeprefix("the engineer ")))
    for held in _HELD
] + [
    Probe("negative: 'held' of a meeting, an esteem or talks", text, ("", "", ""), forbidden=forbidden)
    for text, forbidden in (
        ("Peru said talks with Ecuador were held in Quito in 2023.", (("Ecuador", "COERCES", "Peru"),
                                                                       ("Peru", "COERCES", "Ecuador"))),
        ("Peru said the summit with Ecuador was held in Quito since it was safer.",
         (("Ecuador", "COERCES", "Peru"), ("Peru", "COERCES", "Ecuador"))),
        ("Peru said Luis Chávez, a lawyer held in high regard in Ecuador, would visit Quito.",
         (("Ecuador", "COERCES", "Luis Chávez"), ("Peru", "COERCES", "Luis Chávez"))),
        ("Peru said Luis Chávez, the engineer who held talks with Ecuador since May, was in Quito.",
         (("Ecuador", "COERCES", "Luis Chávez"), ("Peru", "COERCES", "Luis Chávez"))),
        ("Peru said the election was held in Ecuador in 2023 under observers from the Organization of American "
         "States.", (("Ecuador", "COERCES", "Organization of American States"),)),
        ("Peru's ambassador said the meeting with Ecuador's foreign minister Luis Chávez was held in Quito in 2023.",
         (("Ecuador", "COERCES", "Luis Chávez"), ("Peru", "COERCES", "Luis Chávez"))),
        ("Peru said the trial of Luis Chávez was held in Quito since the court in Cuenca had closed.",
         (("Ecuador", "COERCES", "Luis Chávez"), ("Peru", "COERCES", "Luis Chávez"))),
        ("Peru said talks with Ecuador's envoy, Luis Chávez, were held in Quito for two days.",
         (("Ecuador", "COERCES", "Luis Chávez"), ("Peru", "COERCES", "Luis Chávez"))),
    )
]
