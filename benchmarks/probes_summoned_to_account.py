"""Round 30 (C): a person who is no envoy summoned to explain, testify or answer questions is investigated by the
summoner ("the Bureau of Investigation summoned Vice-President X to explain her remarks"); an envoy summoned to
explain is still a protest against the envoy's state."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_SUMMONERS = (("The National Bureau of Investigation", "National Bureau of Investigation"),
              ("The Anti-Corruption Bureau", "Anti-Corruption Bureau"), ("The Senate Ethics Committee", "Senate Ethics Committee"))
_PEOPLE = (("Vice-President Ana Cruz", "Ana Cruz"), ("opposition leader Ivan Petrov", "Ivan Petrov"),
           ("Ivan Petrov", "Ivan Petrov"))
_PURPOSES = ("to explain remarks she made on Saturday", "to testify about the contracts", "to answer questions on Monday",
             "to give evidence about the deal")

PROBES = [
    Probe("a person summoned to account is investigated", f"{who} on Tuesday summoned {person} {purpose}.",
          (name, "INVESTIGATES", target), forbidden=((name, "PROTESTS", target),))
    for who, name in _SUMMONERS for person, target in _PEOPLE for purpose in _PURPOSES
] + [
    Probe("negative: an envoy summoned to explain is a protest, no inquiry",
          f"Moldova summoned {envoy} to explain the remarks.", ("Moldova", "PROTESTS", "Russia"),
          forbidden=(("Moldova", "INVESTIGATES", "Russia"), ("Moldova", "INVESTIGATES", "Oleg Lis")))
    for envoy in ("the Russian ambassador", "Russia's envoy, Oleg Lis,", "the Russian charge d'affaires")
]
