"""Round 18 (D): defending or welcoming an act carried out by the speaker's own side is no support for the people it
was done to ("Chile's police detained 14 students. Chile's interior minister defended the arrests")."""

from __future__ import annotations


def test_defending_own_detentions_supports_no_detainee(extract) -> None:
    r = extract("Chilean police on Monday detained Rosa Lagos, leader of the opposition Dawn Front. Officers "
                "sealed off the square, and at least 20 people were detained. Ana Soto, the prime minister, "
                "defended the detentions.")
    assert not any(t[1] == "SUPPORTS" and t[0] == "Ana Soto" for t in r.triples)


def test_welcoming_an_allys_strikes_still_supports_the_ally(extract) -> None:
    r = extract("Chilean jets struck Peru on Monday. Argentina welcomed the strikes.")
    assert ("Argentina", "SUPPORTS", "Chile") in r.triples
