"""Armed fighting told as a noun between two sides or as a war the two sides fought (round 19): each side attacks
the other, whichever noun, verb and sides; a trade or price war, a war of words and a feud between two people are
no attack."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_NOUNS = ("fighting", "clashes", "heavy fighting", "renewed clashes", "hostilities", "the war", "a gun battle",
          "skirmishes")
_AFTER = ("", " erupted", " broke out")
_SIDES = (("Chile", "Peru", "Chile", "Peru"),
          ("Bolivian troops", "the Andean Liberation Front", "Bolivia", "Andean Liberation Front"),
          ("Ecuadorian soldiers", "Colombian forces", "Ecuador", "Colombia"))
_FOUGHT = ("fought a border war", "fought a brief war", "have waged a bloody feud", "waged a war")
_NOT_FORCE = ("The trade war between Chile and Peru has hurt fruit growers.",
              "The price war between Chile and Peru has cut copper prices.",
              "Chile and Peru fought a war of words over the fishing quotas.",
              "The political war between Chile and Peru played out at the United Nations.",
              "The feud between Pedro Alvarado and Marta Quispe has split the ruling party.",
              "Chile waged a war on drugs in the north.")

PROBES = [
    Probe("fighting between two sides", f"{noun.capitalize()}{after} between {a} and {b} on Sunday, officials said.",
          (sa, "ATTACKS", sb), both_ways=True)
    for noun in _NOUNS for after in _AFTER for a, b, sa, sb in _SIDES
] + [
    Probe("a war two sides fought", f"Chile and Peru {verb} in 1879.", ("Chile", "ATTACKS", "Peru"), both_ways=True)
    for verb in _FOUGHT
] + [
    Probe("fighting between two sides: no force", text, ("", "", ""),
          forbidden=(("Chile", "ATTACKS", "Peru"), ("Peru", "ATTACKS", "Chile"),
                     ("Pedro Alvarado", "ATTACKS", "Marta Quispe"), ("Marta Quispe", "ATTACKS", "Pedro Alvarado")))
    for text in _NOT_FORCE
]
