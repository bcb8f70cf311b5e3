"""Round 18 (H): an actor named inside what is asked ("asked member states whether Peru's curbs ...", "asked
whether Peru had ...") is not the one a demand is made of; the one asked still is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Andean Council asked its members whether Ecuador's export curbs amount to coercion.",
    "Chile asked whether Ecuador had broken the fisheries treaty.",
    "Chile demanded to know why Ecuador had expelled its consul.",
    "The tribunal asked the parties how Ecuador could be held liable.",
])
def test_actor_in_the_question_is_not_asked(extract, text: str) -> None:
    r = extract(text)
    assert not any(t[1] == "DEMANDS" and t[2] == "Ecuador" for t in r.triples)


def test_the_one_asked_still_is(extract) -> None:
    assert ("Chile", "DEMANDS", "Ecuador") in extract("Chile asked Ecuador to extradite the suspect.").triples
    r = extract("Chile urged, if necessary through mediators, Ecuador to return the boats.")
    assert ("Chile", "DEMANDS", "Ecuador") in r.triples
