"""Round 30: the State Department, and a department whose name says whose it is ("the U.S. Treasury Department",
"the British Home Office"), act for their state in every relation, as "the foreign ministry" does ("the State
Department said X had ...", "State Department officials met X"); a bare "the Treasury Department" and a named
office ("the Office of Foreign Assets Control") stay actors, and a spokesman's statement about his own state is no
charge against it."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_DEPARTMENTS = ("The State Department", "The U.S. State Department", "The US State Department",
                "The U.S. Treasury Department", "The US Treasury")
_ACTS = (("said Varna Holdings had laundered money for the cartel", "ACCUSES", "Varna Holdings"),
         ("accused Peru of bullying its fishermen", "ACCUSES", "Peru"),
         ("urged Peru to release the fishermen", "DEMANDS", "Peru"),
         ("said it backed Chile's investigation fully", "SUPPORTS", "Chile"),
         ("said it was working with Chile on the inquiry", "COOPERATES_WITH", "Chile"))

PROBES = [
    Probe("a department acts for its state", f"{body} {act} on Tuesday.", ("United States", rel, target),
          forbidden=((body.removeprefix("The "), rel, target),))
    for body in _DEPARTMENTS for act, rel, target in _ACTS
] + [
    Probe("a department's officials met", f"Carlos Mena, a Peruvian lawmaker, met {who} in Washington last week.",
          ("Carlos Mena", "MEETS_WITH", "United States"))
    for who in ("State Department officials", "officials of the State Department", "U.S. State Department officials")
] + [
    Probe("a department's charge denied", f"{body} said Varna Holdings had laundered money for the cartel. Varna "
          "Holdings denied the allegations.", ("Varna Holdings", "DENIES", "United States"))
    for body in _DEPARTMENTS
] + [
    Probe("a spokesman of the department on his own state: no charge",
          f"A {body} spokesperson said Washington opposed the blockade and urged Peru to lift it.",
          ("United States", "DEMANDS", "Peru"), forbidden=(("United States", "ACCUSES", "United States"),))
    for body in ("State Department", "U.S. State Department")
] + [
    Probe("a named office stays an actor",
          "The Treasury's Office of Foreign Assets Control said Varna Holdings had laundered money for the cartel.",
          ("Office of Foreign Assets Control", "ACCUSES", "Varna Holdings")),
    Probe("a bare Treasury Department stays an actor",
          "The Treasury Department said Varna Holdings had laundered money for the cartel.",
          ("Treasury Department", "ACCUSES", "Varna Holdings")),
]
