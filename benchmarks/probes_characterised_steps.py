"""A step told in the main clause and condemned in an apposition closing the sentence: the critic accuses the
step's author ("X expelled two diplomats, a move Y called a provocation"); a designation called false is denied
("X barred Y from entering, a designation he called baseless"); a step praised accuses no one (round 30)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_AUTHORS = ("Russia", "China", "Iran")
_STEPS = ("on Monday expelled two Estonian diplomats", "on Monday closed its border with Estonia",
          "last week barred Estonian ships from its ports")
_NOUNS = ("a move", "a step", "a decision")
_CRITICS = (("Estonian Foreign Minister Kaja Tamm", "Kaja Tamm"), ("Prime Minister Kaja Tamm of Estonia", "Kaja Tamm"),
            ("Estonian officials", "Estonia"))
_CONDEMNED = ('called "unacceptable"', "described as economic coercion", "called a provocation",
              "branded an act of blackmail")
_PRAISED = ("called a welcome gesture", "described as a sign of goodwill")

PROBES = [
    Probe("a step condemned in an apposition accuses its author",
          f"{author} {step}, {noun} {critic} {said}.", (name, "ACCUSES", author))
    for author, step in zip(_AUTHORS, _STEPS, strict=True) for noun in _NOUNS for critic, name in _CRITICS
    for said in _CONDEMNED
] + [
    Probe("a step praised in an apposition accuses no one",
          f"{author} on Monday released two Estonian fishermen, {noun} {critic} {said}.", ("", "", ""),
          forbidden=((name, "ACCUSES", author),))
    for author in _AUTHORS for noun in _NOUNS for critic, name in _CRITICS for said in _PRAISED
] + [
    Probe("a designation called false in an apposition is denied",
          f"{author} barred Pedro Alves from entering the country in 2022, citing corruption, a designation "
          f"{who} {said}.", ("Pedro Alves", "DENIES", state))
    for author, state in (("Washington", "United States"), ("The United States", "United States"), ("Canada", "Canada")) for who in ("he has", "Alves has", "he")
    for said in ("called baseless", "called politically motivated", "described as false")
]
