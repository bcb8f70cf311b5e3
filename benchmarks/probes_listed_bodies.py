"""Round 31: a pair of bodies referred to by their common noun ("both groups", "the two factions", "both
militias", "both armed groups") is the two organisations just listed together, in any relation (listed_bodies);
with no list of exactly two, the pair is no one's. And "urged both governments" / "mediate between the two
capitals" passes over an earlier list of two states that acted together towards a third state: they are one side,
not the two sides called on (listed_countries)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_LISTS = (("the Red Dawn Front", "the Southern Liberation Army", "Red Dawn Front", "Southern Liberation Army"),
          ("the Mountain Lions Brigade", "the Delta Resistance Movement", "Mountain Lions Brigade",
           "Delta Resistance Movement"))
_OPENINGS = ("Peru charged {a} and {b} with terrorism on Monday.",
             "Police in Lima said {a} and {b} had planned the bombing.",
             "The European Union listed {a} and {b} on Tuesday.")
_BETWEEN = ("", " The measures come a month after the attack on a power station.")
_ACTS = (("Chile, which armed and trained both groups during the war, criticised the move.", "Chile", "AIDS"),
         ("Chile funded both groups for years.", "Chile", "AIDS"),
         ("The United Nations is investigating both factions.", "United Nations", "INVESTIGATES"),
         ("Brazil urged the two groups to lay down their arms.", "Brazil", "DEMANDS"),
         ("Canada sanctioned both militias on Wednesday.", "Canada", "SANCTIONS"),
         ("Argentina accused both armed groups of recruiting children.", "Argentina", "ACCUSES"))

PROBES = [
    Probe("both groups after a listed pair of bodies", f"{opening.format(a=a, b=b)}{between} {act}", (source, kind, name))
    for a, b, name_a, name_b in _LISTS for opening in _OPENINGS for between in _BETWEEN
    for act, source, kind in _ACTS for name in (name_a, name_b)
] + [
    # a list of three is no pair: "both groups" names none of them
    Probe("both groups after a list of three bodies",
          f"Peru charged {a}, {b} and the Andean People's Army with terrorism on Monday. {act}", ("", "", ""),
          forbidden=((source, kind, name_a), (source, kind, name_b), (source, kind, "Andean People's Army")))
    for a, b, name_a, name_b in _LISTS for act, source, kind in _ACTS
] + [
    # no list at all: the pair stays unresolved, no single body named before takes its place
    Probe("both groups with no listed pair",
          f"Peru charged {a} with terrorism on Monday. {act}", ("", "", ""), forbidden=((source, kind, name_a),))
    for a, _, name_a, _ in _LISTS for act, source, kind in _ACTS
]

_SIDES = ("Peru detained three Chilean soldiers near the border on Monday and accused Chile of spying.",
          "Chile denied the charge and demanded their release.")
_ONE_SIDE = ("Bolivia and Ecuador expressed solidarity with Lima in a joint statement.",
             "Bolivia and Ecuador, Peru's allies in the bloc, said they stood with Lima.")
_CALLS = (("Brazil urged both governments to show restraint.", "Brazil", "DEMANDS"),
          ("Argentina said it was ready to mediate between the two capitals.", "Argentina", "OFFERS"))

PROBES += [
    Probe("addressed pair after a one-sided list", f"{_SIDES[0]} {_SIDES[1]} {one_side} {call}", (caller, kind, side),
          forbidden=((caller, kind, "Bolivia"), (caller, kind, "Ecuador")))
    for one_side in _ONE_SIDE for call, caller, kind in _CALLS for side in ("Peru", "Chile")
] + [
    # a list of the two sides themselves is still the pair called on
    Probe("addressed pair after the listed sides",
          f"Bolivia and Ecuador traded accusations over the border on Monday. {call}", (caller, kind, side))
    for call, caller, kind in _CALLS for side in ("Bolivia", "Ecuador")
]
