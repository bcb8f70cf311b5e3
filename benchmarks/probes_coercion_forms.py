"""Coercion and threat wordings of round 27 (read off the misses of blind12/13): a passive custody ("was taken into
custody by X", "placed under house arrest by X"); an order to leave aimed at a state's envoy named in apposition
("ordered Chile's ambassador, Y, to leave"); a group of a state's envoys expelled ("expelled six Chilean diplomats"
-> the expelling state COERCES Chile too); a threat whose modal opens a quotation ("warned that Chile 'will face
consequences'"); a warning coordinated after a reported denial ("denied that Lima armed them and warned that ...").
Negatives: a custody after a non-state party's act (a state named alone is the acting authority, as for "was
arrested"), an arrest of diplomats (no expulsion), other people expelled, a quoted forecast."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_HELD = ("Ana Ruiz", "the journalist Ana Ruiz", "Luis Soto, a former minister,")
_TAKEN = ("was taken into custody", "was taken into police custody", "has been placed under house arrest",
          "was placed under arrest")
_BY = (("Ecuadorian police", "Ecuador"), ("Ecuador's interior ministry", "Ecuador"), ("the Kuda Front", "Kuda Front"))


def _name(held: str) -> str:
    return held.removeprefix("the journalist ").split(",")[0]


PROBES: list[Probe] = [
    Probe("a passive custody with its agent", f"{held[:1].upper() + held[1:]} {taken} by {by} on Monday.",
          (agent, "COERCES", _name(held)))
    for held in _HELD for taken in _TAKEN for by, agent in _BY
] + [
    Probe("a passive custody in a relative clause",
          f"Ana Ruiz, who {taken} by {by} in April, began a hunger strike, her lawyer said.",
          (agent, "COERCES", "Ana Ruiz"))
    for taken in _TAKEN for by, agent in _BY
] + [
    Probe("negative: a custody after a party's complaint", f"Ana Ruiz {taken} after {who} filed a complaint.",
          ("", "", ""), forbidden=((who.removeprefix("the "), "COERCES", "Ana Ruiz"),))
    for taken in _TAKEN for who in ("the Kuda Front", "the Nabi Brigade")
]

_ENVOYS = (("Chile's ambassador, Luis Soto,", "Luis Soto"), ("the Chilean ambassador, Luis Soto,", "Luis Soto"),
           ("Chile's consul general, Ana Vidal,", "Ana Vidal"), ("Chile's charge d'affaires, Ana Vidal,", "Ana Vidal"))
_ORDERS = ("ordered {e} to leave the country within 72 hours", "on Monday ordered {e} to leave the country",
           "gave {e} 72 hours to leave the country", "told {e} to leave Peru by Friday")
PROBES += [
    Probe("an order to leave aimed at an apposed envoy", f"Peru {order.format(e=envoy)}.", ("Peru", "COERCES", name),
          forbidden=(("Peru", "COERCES", "Chile"), (name, "COERCES", "Chile")))
    for envoy, name in _ENVOYS for order in _ORDERS
] + [
    Probe("an order to leave aimed at an apposed envoy, more said after",
          f"Peru {order.format(e=envoy)} and said it was recalling its own envoy.", ("Peru", "COERCES", name))
    for envoy, name in _ENVOYS[:2] for order in _ORDERS[:2]
]

_GROUPS = ("six Chilean diplomats", "12 Chilean consular officials", "two Chilean embassy staff")
_EXPELS = ("Peru expelled {g} on Wednesday.", "Peru on Wednesday ordered {g} to leave the country within a week.",
           "Peru declared {g} persona non grata on Wednesday.", "Peru gave {g} 72 hours to leave the country.",
           "{G} were expelled by Peru on Wednesday.",
           "Peru expelled {g} on Wednesday after police said they had evidence of spying.")
PROBES += [
    Probe("an expulsion of a state's envoys as a group", frame.format(g=g, G=g[:1].upper() + g[1:]),
          ("Peru", "COERCES", "Chile"))
    for g in _GROUPS for frame in _EXPELS
] + [
    Probe("negative: envoys held, or other people expelled", text, ("", "", ""),
          forbidden=(("Peru", "COERCES", "Chile"),))
    for text in ("Peru arrested six Chilean diplomats on Wednesday.", "Peru expelled six Chilean fishermen on Wednesday.",
                 "Peru detained two Chilean embassy staff at the border.",
                 "Peru deported 40 Chilean migrants on Wednesday.",
                 "Peru said six Chilean diplomats had left the country on Wednesday.")
]

_WARNERS = (("Peru's foreign minister, Ana Ruiz,", "Ana Ruiz"), ("The Kuda Front", "Kuda Front"), ("Peru", "Peru"))
_QUOTED = ('"will face consequences"', '"would pay a heavy price"', '"could face sanctions"',
           '"will be held responsible"', "“would face retaliation”")
PROBES += [
    Probe("a threat whose modal opens a quotation", f"{who} warned that Chile {q} if the raids went on.",
          (name, "THREATENS", "Chile"))
    for who, name in _WARNERS for q in _QUOTED
] + [
    Probe("negative: a quoted forecast", f"{who} said Chile {q}.", ("", "", ""),
          forbidden=((name, "THREATENS", "Chile"),))
    for who, name in _WARNERS for q in ('"will win the vote"', '"would face a difficult winter"',
                                        '"could face a recession"')
] + [
    Probe("a warning coordinated after a reported denial",
          f"{who} {first} that {other} had armed the rebels and warned that Chile would {harm}.",
          (name, "THREATENS", "Chile"), forbidden=((other_name, "THREATENS", "Chile"),))
    for who, name in _WARNERS[:2] for first in ("denied", "said", "insisted")
    for other, other_name in (("Bolivia", "Bolivia"), ("the Nabi Brigade", "Nabi Brigade"))
    for harm in ("face consequences", '"pay a heavy price"')
]

_SUMMONED = (("Chile's ambassador, Luis Soto,", "Luis Soto"), ("Chile's charge d'affaires, Ana Vidal,", "Ana Vidal"))
PROBES += [
    Probe("an envoy summoned to receive a protest", f"{lead} summoned {envoy} to {act}{tail}.", ("Peru", "PROTESTS", "Chile"),
          forbidden=((name, "PROTESTS", "Peru"),))
    for envoy, name in _SUMMONED for act in ("lodge a formal protest", "deliver a protest note", "lodge a protest")
    for lead, tail in (("Peru", ""), ("Peru on Monday expelled two Chilean diplomats and", ", officials said"))
] + [
    Probe("negative: questions raised about a party", f"{who} said the arrests raised {q} about Chile's {what}.",
          ("", "", ""), forbidden=((name, "INVESTIGATES", "Chile"),))
    for who, name in (("The European Commission", "European Commission"), ("Peru", "Peru"))
    for q in ('"serious questions"', "questions", "new questions")
    for what in ("commitment to democracy", "respect for the rule of law")
]
