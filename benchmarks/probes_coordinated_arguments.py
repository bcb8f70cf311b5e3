"""Round 28: arguments shared by coordinated actors, whatever the relation type: a subject list whose last name ends
in "-ly" ("Spain and Italy accused ..."; not an adverb before a verb joined to the previous one), a "they" reported by
coordinated speakers ("A and B said they would ..."), and accusations distributed over pairs ("accused A of X and B
of Y"), with the look-alikes that must keep one party."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

# subject lists whose second name ends in -ly
_LY_PAIRS = (("Spain", "Italy"), ("Greece", "Italy"), ("Diego Soto", "Anna Kelly"), ("Rosa Lagos", "Tom Donnelly"))
_LY_VERBS = (("accused Peru of lying", "ACCUSES"), ("sanctioned Peru", "SANCTIONS"),
             ("urged Peru to free the crew", "DEMANDS"), ("condemned Peru", "ACCUSES"))

_SPEAKERS = (("Spain", "Portugal"), ("Norway", "Denmark"), ("the European Union", "Japan"))
_SAID = ("said", "said on Monday that", "said in a joint statement that", "said in a joint statement")
_ACTS = (("they would impose sanctions on Chile", "SANCTIONS"), ("they had condemned Chile", "ACCUSES"),
         ("they would recall their ambassadors from Chile", "PROTESTS"))

_ACCUSED = (("Peru", "Bolivia"), ("the Red Dawn Front", "the Sky Militia"), ("Peru", "the Sky Militia"))
_CHARGES = (("shelling the port", "arming the rebels"), ("espionage", "sabotage"),
            ("harbouring gunmen", "funding the blockade"))


def _bare(name: str) -> str:
    """The actor's name as found: "the Sky Militia" -> "Sky Militia"."""
    return name.removeprefix("the ")


PROBES = [
    Probe("coordinated subject ending in -ly", f"{a} and {b} {verb} on Monday.",
          (name, rel, "Peru"))
    for a, b in _LY_PAIRS for verb, rel in _LY_VERBS for name in (a, b)
] + [
    Probe("coordinated speakers' they", f"{a[0].upper() + a[1:]} and {b} {said} {act}.", (_bare(name), rel, "Chile"))
    for a, b in _SPEAKERS for said in _SAID for act, rel in _ACTS for name in (a, b)
] + [
    Probe("one speaker's they is somebody else", f"Anna Soto, a Spanish lawyer, {said} they would impose sanctions on "
          "Chile.", ("", "", ""), forbidden=(("Anna Soto", "SANCTIONS", "Chile"),))
    for said in _SAID
] + [
    Probe("accusation distributed over pairs", f"Chile accused {a} of {x} and {b} of {y} on Monday.",
          ("Chile", "ACCUSES", _bare(name)), forbidden=((_bare(a), "ATTACKS", _bare(b)), (_bare(a), "AIDS", _bare(b))))
    for a, b in _ACCUSED for x, y in _CHARGES for name in (a, b)
] + [
    Probe("accusation distributed over three", f"Chile accused Peru of {x}, Bolivia of {y} and Ecuador of {x}.",
          ("Chile", "ACCUSES", name))
    for x, y in _CHARGES for name in ("Peru", "Bolivia", "Ecuador")
] + [
    Probe("one accused, the act's objects coordinated", f"Chile accused Peru of supplying weapons to {a} and {b}.",
          ("Peru", "AIDS", _bare(b)), forbidden=(("Chile", "ACCUSES", _bare(b)),))
    for a, b in (("Bolivia", "Ecuador"), ("the Red Dawn Front", "the Sky Militia"))
] + [
    Probe("a new clause after the accusation", f"Chile accused Peru of {x} and {b} said it had seen no proof.",
          ("Chile", "ACCUSES", "Peru"), forbidden=(("Chile", "ACCUSES", "Bolivia"),))
    for x, _ in _CHARGES for b in ("Bolivia",)
]

# a relative clause in which the main subject reports the act of a whole list ("sanctioned A and B, which it said had
#   ..."): each of the list is accused, by the main subject, not by the list's first
_LISTS = (("Alpha Holdings", "Beta Trading"), ("Alpha Holdings", "the Sky Militia"))
_REPORTS = ("which it said had sold weapons to", "which it says have smuggled arms to", "which it accused of arming")

PROBES += [
    Probe("a reported relative clause on a list", f"Chile sanctioned {a} and {b}, {report} the Red Dawn Front.",
          ("Chile", "ACCUSES", _bare(name)), forbidden=((_bare(a), "ACCUSES", _bare(b)),))
    for a, b in _LISTS for report in _REPORTS for name in (a, b)
]

# a state's ministry named by its remit after the demonym: the state acts
_REMITS = ("trade", "commerce", "interior", "energy", "finance")

PROBES += [
    Probe("a demonym's ministry of any remit", f"The {dem} {remit} ministry blacklisted Alpha Holdings on Monday.",
          (state, "SANCTIONS", "Alpha Holdings"))
    for dem, state in (("Chilean", "Chile"), ("Chinese", "China")) for remit in _REMITS
]

# a list's member named after a description of its kind ("A, the state shipping line B and C"): each is acted on;
#   a description in the of-phrase of an apposition ("X, a director of the firm B and C") adds no member
_DESCRIBED = ("the state shipping line", "the Bolivian firm", "a Peruvian trading company", "the private bank")
_LIST_VERBS = (("sanctioned", "SANCTIONS"), ("accused", "ACCUSES"), ("blacklisted", "SANCTIONS"))

PROBES += [
    Probe("a list's member named after its kind", f"Chile {verb} Alpha Air, {described} Beta Lines and Gamma Freight "
          "on Monday.", ("Chile", rel, name))
    for described in _DESCRIBED for verb, rel in _LIST_VERBS for name in ("Alpha Air", "Beta Lines", "Gamma Freight")
] + [
    Probe("a described firm inside an apposition", f"Chile sanctioned Juan Perez, {role} the Bolivian firm Beta Lines, "
          "on Monday.", ("Chile", "SANCTIONS", "Juan Perez"), forbidden=(("Chile", "SANCTIONS", "Beta Lines"),))
    for role in ("the owner of", "a director of", "the founder of")
]
