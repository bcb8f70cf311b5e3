"""Round 27: parties and movements whose names carry no English organisation word ("Fuerza Popular", "Renovación
Popular", "Srpska Lista") are organisations, not people; and a party's lawmaker ("X Party
lawmaker Y", "Y, a lawmaker for X") is one of its members, while a post in a legislature stays a post."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_PARTIES = ("Fuerza Popular", "Renovación Popular", "Acción Popular", "Srpska Lista", "Lista Cívica")
_SHAPES = (("A {p} spokesman, Luis Ortega, threatened to target US forces.", ("Luis Ortega", "HOLDS_POSITION", "{p}")),
           ('"We will not leave," said Marta Ibarra, leader of {p}, the largest opposition party.',
            ("Marta Ibarra", "LEADS", "{p}")),
           ("The motion, filed by {p} lawmaker Luis Ortega, accused President Ana Ruiz of failing.",
            ("Luis Ortega", "MEMBER_OF", "{p}")),
           ("Luis Ortega, a lawmaker for {p}, accused President Ana Ruiz of failing.", ("Luis Ortega", "MEMBER_OF", "{p}")),
           ("A {p} spokeswoman, Marta Ibarra, said the vote was rigged.", ("Marta Ibarra", "HOLDS_POSITION", "{p}")))

PROBES = [
    Probe("party names without an organisation word", shape.format(p=p),
          (who, rel, tgt.format(p=p)), forbidden=((who, "ASSOCIATED_WITH", tgt.format(p=p)),))
    for p in _PARTIES for shape, (who, rel, tgt) in _SHAPES
]

# a post in a legislature is a post, not membership of a party
PROBES += [
    Probe("legislator's post in a legislature", f"Luis Ortega, {role} of the {body}, said the vote was rigged.",
          ("Luis Ortega", "HOLDS_POSITION", body), forbidden=(("Luis Ortega", "MEMBER_OF", body),))
    for role in ("a deputy chairman", "deputy speaker") for body in ("State Duma", "National Assembly")
]
