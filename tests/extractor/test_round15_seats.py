"""Round 15 (actor surface forms): a seat of government named "... Street" acts like any other seat."""

from __future__ import annotations


def test_downing_street_as_the_subject_of_a_verb(extract) -> None:
    r = extract("Downing Street backed Tomas Berglund on Thursday after the vote.")
    assert ("United Kingdom", "SUPPORTS", "Tomas Berglund") in r.triples


def test_downing_street_threatens(extract) -> None:
    r = extract("Downing Street threatened Ghana with new tariffs on Thursday.")
    assert ("United Kingdom", "THREATENS", "Ghana") in r.triples
