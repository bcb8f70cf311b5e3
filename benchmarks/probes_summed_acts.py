"""An act summed up by a noun and then answered (", a move Paraguay protested"): the answer goes to the subject
of the summed clause, not to its object, whatever that object is (round 19)."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_ACTS = ("deported hundreds of Paraguayan farm workers", "expelled Paraguayan diplomats",
         "detained three Paraguayan fishermen", "closed its border with Paraguay", "banned Paraguayan beef imports")
_NOUNS = ("a move", "a decision", "a step", "a move that")
_ANSWERS = (("Paraguay protested", "Paraguay", "PROTESTS"), ("Paraguay condemned", "Paraguay", "ACCUSES"),
            ("the Paraguayan government denounced", "Paraguay", "ACCUSES"),
            ("Argentina criticised", "Argentina", "ACCUSES"))

PROBES = [
    Probe("an answered summed act: the clause's subject", f"Bolivia {act} last week, {noun} {answer}.",
          (who, rel, "Bolivia"))
    for act in _ACTS for noun in _NOUNS for answer, who, rel in _ANSWERS
]
