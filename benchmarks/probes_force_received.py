"""An attack told from the side that suffered it: "troops came under fire from X", "soldiers were killed in a drone
strike by X" (X attacks the victims' state); criticism received ("came under fire from X" with no force named, or
over a decision) is no attack."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SUBJECTS = ("Uruguayan troops", "Uruguayan soldiers", "Uruguayan forces", "The Uruguayan army", "Uruguayan police")
_FIRE = ("fire", "heavy fire", "rocket fire", "mortar fire", "attack", "sustained drone attack", "shelling")
_AGENTS = (("Brazil", "Brazil"), ("Brazilian forces", "Brazil"), ("the Pampas Liberation Front", "Pampas Liberation Front"))
_STRIKES = ("a drone strike", "an air strike", "an attack", "a strike", "an ambush")

PROBES = [
    Probe("force received: came under fire from", f"{subject} came under {fire} from {agent} on Monday.",
          (name, "ATTACKS", "Uruguay"), forbidden=(("Uruguay", "ATTACKS", name),))
    for subject in _SUBJECTS for fire in _FIRE for agent, name in _AGENTS
    if not (fire == "shelling" and subject == "Uruguayan police")
] + [
    Probe("force received: killed in a strike by", f"Four Uruguayan soldiers were killed in {strike} by {agent} on Monday.",
          (name, "ATTACKS", "Uruguay"), forbidden=(("Four Uruguayan soldiers", "ATTACKS", name),))
    for strike in _STRIKES for agent, name in _AGENTS
] + [
    # criticism received, not force: no attack either way
    Probe("force received: criticism is no attack", text, ("", "", ""),
          forbidden=(("Brazil", "ATTACKS", "Uruguay"), ("Uruguay", "ATTACKS", "Brazil")))
    for text in ("Uruguay came under fire from Brazil on Monday.",
                 "Uruguay came under fire from Brazil over its decision to close the border.",
                 "Uruguay came under heavy fire from Brazil for its handling of the crisis.",
                 "Uruguay's president came under fire from Brazil on Monday.",
                 "Uruguayan negotiators came under attack from Brazil over their proposal.")
]
