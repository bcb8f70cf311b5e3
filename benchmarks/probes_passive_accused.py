"""Actors introduced as accused, the accuser named elsewhere in the sentence (round 28, passive_accused.py): "X is
accused of ..., the committee said" -> the committee ACCUSES X; "named X, a lender that it said had laundered money",
"killing an A commander it accused of planning attacks" -> the clause's subject ACCUSES X, A. Not an actor accused
of nothing, a speaker accused themselves, nor a description that reports no wrong."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACCUSED = ("Oskar Lindqvist", "Varna Holdings", "Archbishop Karen Vos")
_CLOSERS = (("the Investigative Committee said", "Investigative Committee"),
            ("the Treasury Department said in a statement", "Treasury Department"),
            ("Peru's interior minister, Ana Ruiz, told reporters", "Ana Ruiz"))
_CHARGES = ("is accused of recruiting soldiers to storm parliament", "was accused of laundering cartel money",
            ", who led protests last year, is accused of plotting a coup",
            "has been accused of bribing customs officers")


def _name(who: str) -> str:
    return who.removeprefix("Archbishop ")


PROBES: list[Probe] = [
    Probe("passive accused, attributed at the close", f"{who}{'' if c.startswith(',') else ' '}{c}, {closer}.",
          (speaker, "ACCUSES", _name(who)))
    for who in _ACCUSED for c in _CHARGES for closer, speaker in _CLOSERS
] + [
    Probe("passive accused: of nothing, or the speaker", text, ("", "", ""), forbidden=forbidden)
    for text, forbidden in (
        ("Oskar Lindqvist is accused of nothing, the Investigative Committee said.",
         (("Investigative Committee", "ACCUSES", "Oskar Lindqvist"),)),
        ("Oskar Lindqvist, who is accused of funding the rebels, said Peru had lied to the court.",
         (("Oskar Lindqvist", "ACCUSES", "Oskar Lindqvist"),)),
    )
] + [
    Probe("described accused with the accuser's report", t.format(s=s, x=x), (s, "ACCUSES", x))
    for s in ("Treasury Department", "European Commission")
    for x in ("Varna Holdings", "Kestrel Shipping")
    for t in ("The {s} also named {x}, a Riga lender that it said had laundered money for the cartel.",
              "The {s} cited {x}, a shipping firm that it says smuggled weapons to the militia.",
              "The {s} listed {x}, a trading house which it accused of moving money for the cartel.")
] + [
    Probe("described accused: no wrong reported", t.format(s=s, x=x), ("", "", ""), forbidden=((s, "ACCUSES", x),))
    for s in ("Treasury Department", "European Commission")
    for x in ("Varna Holdings", "Kestrel Shipping")
    for t in ("The {s} also named {x}, a Riga lender that it said had received no money from the cartel.",
              "The {s} praised {x}, a shipping firm that it says carried grain to the port.")
]
PROBES += [
    Probe("named members of an accused set", t.format(s=s, x=x, y=y), (s, "ACCUSES", who))
    for s in ("Financial Intelligence Unit", "European Commission")
    for x, y in (("Varna Holdings", "Kestrel Shipping"),)
    for who in (x, y)
    for t in ("The {s} froze the accounts of six firms it accused of shipping drones to the militia, including {x} "
              "and {y}.",
              "The {s} fined 14 companies that it says had laundered money for the cartel, including {x} and {y}.")
] + [
    Probe("named members of a set: no charge", f"The {s} praised six firms that had shipped grain to the port, "
          "including Varna Holdings and Kestrel Shipping.", ("", "", ""),
          forbidden=((s, "ACCUSES", "Varna Holdings"), (s, "ACCUSES", "Kestrel Shipping")))
    for s in ("Financial Intelligence Unit", "European Commission")
]
