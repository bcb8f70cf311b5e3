"""Round 31 (A): a relative clause on a state's government named by its possessive is the state's act, even inside a
prepositional phrase (argument_gaps.STATE_GOVERNMENT_GAP in arguments.subject_of)."""

from __future__ import annotations


def test_relative_on_a_possessed_government_inside_a_phrase(extract) -> None:
    r = extract("Togo has strained relations with Mali's military government, which accused Togo last year of "
                "hosting French troops.")
    assert ("Mali", "ACCUSES", "Togo") in r.triples


def test_capital_as_the_accused(extract) -> None:
    r = extract("The ruling comes as Togo faces pressure from Mali's junta, which accused Lomé of sheltering the "
                "plotters, a charge Togo rejected.")
    assert ("Mali", "ACCUSES", "Togo") in r.triples
    assert ("Togo", "DENIES", "Mali") in r.triples


def test_object_relative_is_not_the_states_act(extract) -> None:
    r = extract("Togo has strained relations with Mali's government, which Togo has accused of hosting French troops.")
    assert ("Mali", "ACCUSES", "Togo") not in r.triples

