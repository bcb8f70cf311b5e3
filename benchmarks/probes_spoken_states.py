"""Round 27: a spokesperson with no body named speaks for the state their reported clause opens with ("A
spokesman, X, said the United States had played no role" -> X HOLDS_POSITION United States); a clause that has
that state attack or accuse ("said Moscow had launched drones") is about the other side, and a spokesperson
whose body is named ("Its spokeswoman, X", "a party spokesman") stays with the body. Also lists of people walked
back from a plural role ("detained A, B and C, leaders of Y": A too)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_OPENINGS = ("Peru and Chile held a third round of border talks on Monday. ",
             "The talks between Peru and Chile ended without a deal on Monday. ",
             "LIMA — Peru and Chile held a third round of border talks on Monday.\n\n")
_SPEAKERS = ("A spokesman, Tomas Herrera,", "Government spokesman Tomas Herrera", "An embassy spokesman, Tomas Herrera,",
             "Spokeswoman Tomasa Herrera", "A government spokeswoman, Tomasa Herrera,")
_STATES = (("Bolivia", "Bolivia"), ("La Paz", "Bolivia"), ("the United States", "United States"),
           ("Washington", "United States"))
_OWN_CLAUSES = ("would cooperate with both sides", "had played no role in the dispute",
                "was ready to host a fourth round", "had always respected the border treaty",
                "will not take sides")

PROBES = [
    Probe("spokesperson for the state their clause opens with",
          f"{opening}{speaker} said {said} {clause}.", (speaker.split(",")[-2].strip() if "," in speaker
                                                        else " ".join(speaker.split()[-2:]), "HOLDS_POSITION", state))
    for opening in _OPENINGS for speaker in _SPEAKERS for said, state in _STATES for clause in _OWN_CLAUSES[:3]
    if not (opening.startswith("LIMA") and speaker.startswith(("Government", "A government")))
]  # (a LIMA story's "government spokesman" is Peru's: the dateline's government may report another state's act)

# the clause has the named state act against another: the spokesperson is not that state's
_HOSTILE_CLAUSES = ("had launched 40 drones at the border", "had violated the ceasefire overnight",
                    "was behind the attack on the consulate", "had detained two Peruvian soldiers")
PROBES += [
    Probe("spokesperson reporting another state's hostile act",
          f"{opening}A spokesman, Tomas Herrera, said {said} {clause}.", ("", "", ""),
          forbidden=(("Tomas Herrera", "HOLDS_POSITION", state),))
    for opening in _OPENINGS for said, state in _STATES for clause in _HOSTILE_CLAUSES
]

# a spokesperson whose body is named stays with it
PROBES += [
    Probe("spokesperson of a named body",
          f"The Andean Workers Front joined the protests on Monday. {speaker} said {said} would cooperate with the "
          f"inquiry.", ("Tomas Herrera", "HOLDS_POSITION", "Andean Workers Front"),
          forbidden=(("Tomas Herrera", "HOLDS_POSITION", state),))
    for speaker in ("Its spokesman, Tomas Herrera,", "Front spokesman Tomas Herrera")
    for said, state in _STATES
]

_BODY = "Civic Renewal Front"
_PEOPLE = ("Alpha Kanté", "Mara Lind", "Jonas Berg")
PROBES += [
    Probe("people listed before a plural role",
          f"{verb} {_PEOPLE[0]}, {_PEOPLE[1]} and {_PEOPLE[2]}, {role} of the {_BODY}, on Monday.", (who, rel, _BODY))
    for verb in ("Police detained", "Soldiers arrested", "The court sentenced", "The ministry named")
    for role, rel in (("leaders", "LEADS"), ("members", "MEMBER_OF"), ("senior members", "MEMBER_OF"))
    for who in _PEOPLE
]
