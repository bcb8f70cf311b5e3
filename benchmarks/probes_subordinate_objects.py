"""The subject of a clause opened by a comma and a conjunction (", when Colombia seized ...", ", after Peru
detained ...") is not the object of the act told before it, verb or noun."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_CONJUNCTIONS = ("when", "after", "while", "because", "since", "where", "before", "although")
_ACTS = (
    ("Ecuador imposed sanctions on Monday", "Ecuador", "SANCTIONS"),
    ("Ecuador announced new designations against Uruguayan refiners on Monday", "Ecuador", "DESIGNATES"),
    ("It was the fourth round of Ecuadorian sanctions on Uruguayan refiners this year", "Ecuador", "SANCTIONS"),
    ("Ecuador cut diplomatic ties in 2019", "Ecuador", "COERCES"),
)
_CLAUSES = ("Colombia seized a fishing boat", "Colombia first targeted a bank in Quito",
            "the Colombian navy detained two fishermen")

PROBES = [
    Probe("subject of a subordinate clause is no object", f"{act}, {conj} {clause}.", ("", "", ""),
          forbidden=((agent, rel, "Colombia"),))
    for act, agent, rel in _ACTS for conj in _CONJUNCTIONS for clause in _CLAUSES
]
