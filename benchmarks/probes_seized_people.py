"""People seized or removed, round 28: a seizure told by the place a person was taken from ("was taken from her home
by plain-clothes officers"), the passive of a removal from office ("was removed from office by the Senate"), and a
relative "who" said of the person an apposition describes, not of the body named inside it ("X, deputy leader of the
Y Party (YP), who was arrested at dawn"), and a ranked person named among a group acted on ("froze the assets of
three commanders, including Brigadier General X"); negatives: things taken from a home, a body itself the subject."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_STORY = "Peru held a runoff vote on Sunday."
_TAKEN = ("was taken from her home", "was taken away from her home", "was taken from her flat",
          "was taken from her car")
_WHEN = ("before dawn", "by plain-clothes officers", "on Monday night")
_REMOVED = ("was removed from office", "was removed from her post", "was removed from power")
_ROLES = ("deputy leader of the opposition", "a senior member of the", "the treasurer of the")
_ARRESTED = ("was arrested", "was detained", "was taken into custody", "had been jailed")

PROBES = [
    Probe("taken from home", f"{_STORY} Rosa Quispe {taken} {when}.", ("Peru", "COERCES", "Rosa Quispe"))
    for taken in _TAKEN for when in _WHEN
] + [
    Probe("negative: goods taken from a home", f"{_STORY} Files were taken from her home by Rosa Quispe.",
          ("", "", ""), forbidden=(("Peru", "COERCES", "Rosa Quispe"),))
] + [
    Probe("removed from office, passive", f"{_STORY} Rosa Quispe {removed} on Friday.", ("Peru", "COERCES", "Rosa Quispe"))
    for removed in _REMOVED
] + [
    Probe("who past the body described",
          f"{_STORY} Police named Rosa Quispe, {role} Andean Renewal Party{short}, who {arrested} on Monday.",
          ("Peru", "COERCES", "Rosa Quispe"), forbidden=(("Peru", "COERCES", "Andean Renewal Party"),))
    for role in _ROLES for short in ("", " (ARP)") for arrested in _ARRESTED
] + [
    Probe("negative: which said of a body", f"{_STORY} The Andean Renewal Party, which {verb} in May, protested.",
          ("Peru", verb_type, "Andean Renewal Party"))
    for verb, verb_type in (("was banned", "DESIGNATES"), ("was sanctioned", "SANCTIONS"))
] + [
    Probe("ranked person among a group", f"Peru {act} three Bolivian {group}, including {rank} Rosa Quispe.",
          ("Peru", rel, "Rosa Quispe"))
    for act, rel in (("froze the assets of", "SANCTIONS"), ("imposed sanctions on", "SANCTIONS"),
                     ("arrested", "COERCES"))
    for group in ("commanders", "officers") for rank in ("General", "Brigadier General", "Colonel", "Lt. Col.")
]
