"""A leader's accusation denied at home (round 26): in a story filed from the leader's own country, a person of
no other state who denies the leader's accusation answers the leader, not the state; a foreign official's
denial still answers the state whose leader spoke."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_HOMES = (("ABUJA, March 20 -", "Nigerian President Olumide Bankole", "Olumide Bankole", "Bankole", "Nigeria"),
          ("LIMA, March 20 -", "Peruvian President Ana Ruiz", "Ana Ruiz", "Ruiz", "Peru"))
_RIVALS = (("Governor Sokari Amadi", "Sokari Amadi", "Amadi"), ("opposition leader Tomas Ibarra", "Tomas Ibarra", "Ibarra"))
_DENIALS = ("{r} denied the president's accusation.", "{r} rejected the accusation, saying he had asked for help.",
            "{r} denied the charge and said he would fight it in court.")

PROBES = [
    Probe("a leader's accusation denied at home",
          f"{line} {leader} on Tuesday accused {rival} of failing to act against militants. "
          + denial.format(r=short), (name, "DENIES", lname), forbidden=((name, "DENIES", state),))
    for line, leader, lname, _, state in _HOMES for rival, name, short in _RIVALS for denial in _DENIALS
] + [
    Probe("a leader's accusation denied abroad",
          "VILNIUS, March 20 - Lithuanian Prime Minister Ingrida Simonyte accused Belarus of staging the border "
          f"crisis. Belarusian Foreign Minister Sergei Aleinik {verb} the accusation.",
          ("Sergei Aleinik", "DENIES", "Lithuania"), forbidden=(("Sergei Aleinik", "DENIES", "Ingrida Simonyte"),))
    for verb in ("rejected", "denied", "dismissed")
]
