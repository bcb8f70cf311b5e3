"""Refusals of "her/his request" (round 21): the refusal answers the person the pronoun names in the sentence, not
the last demander the story told."""

from __future__ import annotations

from benchmarks.probe_grid import Probe

_EARLIER = ("Human Rights Watch urged Kenya to free the students. ", "Amnesty International called on Kenya to act. ", "")
_ANSWERS = (("refused her request to visit the detained students", "Anna de Vries"),
            ("rejected her request for access to the prison", "Anna de Vries"),
            ("turned down her proposal to mediate", "Anna de Vries"))

PROBES = [
    Probe("refusal of her request", f"{earlier}Interior Minister Paul Otieno met the Dutch ambassador, Anna de Vries, on "
          f"Friday but {answer}.", ("Paul Otieno", "REJECTS", name),
          forbidden=(("Paul Otieno", "REJECTS", "Human Rights Watch"), ("Paul Otieno", "REJECTS", "Amnesty International")))
    for earlier in _EARLIER for answer, name in _ANSWERS
]
