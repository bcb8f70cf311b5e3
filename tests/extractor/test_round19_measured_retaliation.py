"""Round 19 (O): a retaliation worded as measures or a reserved right ("warned it would take 'necessary
measures'", "said it reserves the right to take all necessary steps to protect its citizens") is a threat to
whoever last acted against the speaker, as "said it would retaliate" is (events_threats)."""

from __future__ import annotations

_ACT = "Ecuador expelled two Colombian diplomats on Sunday."


def test_quoted_necessary_measures(extract) -> None:
    r = extract(f'{_ACT} Colombia warned it would take "necessary measures" to protect its fishermen.')
    assert ("Colombia", "THREATENS", "Ecuador") in r.triples


def test_reserved_right_to_take_steps(extract) -> None:
    r = extract(f"{_ACT} Colombia said it reserves the right to take all necessary steps to defend its citizens.")
    assert ("Colombia", "THREATENS", "Ecuador") in r.triples


def test_all_measures_necessary(extract) -> None:
    r = extract(f"{_ACT} Colombia said it would take all measures necessary to protect its fleet.")
    assert ("Colombia", "THREATENS", "Ecuador") in r.triples


def test_steps_to_improve_something_are_no_threat(extract) -> None:
    r = extract(f"{_ACT} Colombia said it would take the necessary steps to improve the training of its crews.")
    assert ("Colombia", "THREATENS", "Ecuador") not in r.triples


def test_a_body_of_its_own_taking_measures_is_no_threat(extract) -> None:
    r = extract(f"{_ACT} Colombia said its navy would take the necessary measures to protect the fleet.")
    assert ("Colombia", "THREATENS", "Ecuador") not in r.triples
