"""Round 18 (F): "the ruling Y party and its candidate, X": "its" is Y, the body it is coordinated with, not the
first body of the sentence."""

from __future__ import annotations


def test_and_its_candidate_is_the_coordinated_party(extract) -> None:
    r = extract("The Civic Union has counted 300 complaints since the vote, which gave a majority to the ruling "
                "Harmony party and its candidate, Ana Morales.")
    assert ("Ana Morales", "MEMBER_OF", "Civic Union") not in r.triples


def test_and_its_spokesman_is_the_coordinated_body(extract) -> None:
    r = extract("The Civic Union filed a complaint against the Coastal Mining Company and its spokesman, Ana Morales.")
    assert not any(t[0] == "Ana Morales" and t[2] == "Civic Union" for t in r.triples)
