"""A measure called for with "called on (upon) X to" / "appealed to X to" is X's hypothetical measure, as with
"urged X to": the party asked stands in a prepositional phrase but is the one asked to act."""

from __future__ import annotations

import pytest

from actorgraph.graph.registry import RelationStatus


@pytest.mark.parametrize("text, agent, rel_type, target", [
    ("Bolivia called on Norway to sanction Malawi.", "Norway", "SANCTIONS", "Malawi"),
    ("Bolivia called on Norway to impose sanctions on Malawi.", "Norway", "SANCTIONS", "Malawi"),
    ("Bolivia called upon Norway to sanction Malawi.", "Norway", "SANCTIONS", "Malawi"),
    ("Bolivia appealed to Norway on Tuesday to sanction Malawi.", "Norway", "SANCTIONS", "Malawi"),
    ("Bolivia called on Norway to arrest Idris Kamau.", "Norway", "COERCES", "Idris Kamau"),
    ("Bolivia called on Norway to swiftly investigate Idris Kamau.", "Norway", "INVESTIGATES", "Idris Kamau"),
    ("Bolivia called on Trade Minister Ana Sorel to sanction Malawi.", "Ana Sorel", "SANCTIONS", "Malawi"),
])
def test_measure_called_for_is_the_asked_partys(extract, text, agent, rel_type, target):
    r = extract(text)
    assert r.rel(agent, rel_type, target).status == RelationStatus.HYPOTHETICAL
    assert ("Bolivia", rel_type, target) not in r.triples
    if agent == "Norway":  # the asker's part is the request
        assert ("Bolivia", "DEMANDS", "Norway") in r.triples

