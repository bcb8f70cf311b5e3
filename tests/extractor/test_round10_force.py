"""Round ten, force and law: coercive acts read by what they hit (suspensions of outlets and officials)."""

from __future__ import annotations


def test_suspending_an_outlet_or_an_official_coerces_it(extract) -> None:
    r = extract("Guinea's ruling council has suspended Radio Kaloum Libre and expelled two foreign reporters.")
    assert ("Guinea", "COERCES", "Radio Kaloum Libre") in r.triples
    assert ("Guinea", "SANCTIONS", "Radio Kaloum Libre") not in r.triples
    r = extract("The state port operator Ocean Terminals Company said on Monday it had suspended Marta Viegas while auditors "
                "examine the contracts.")
    assert ("Ocean Terminals Company", "COERCES", "Marta Viegas") in r.triples
    r = extract("Nicaragua suspended the newspaper La Voz del Lago on Friday, its editor said.")
    assert ("Nicaragua", "COERCES", "La Voz del Lago") in r.triples


def test_a_suspension_that_did_not_happen_or_of_a_state_is_no_coercion(extract) -> None:
    r = extract("President Tomas Varga said he would not suspend Interior Minister Janos Keleti over the leak.")
    assert not [t for t in r.triples if t[1] in ("COERCES", "SANCTIONS") and t[2] == "Janos Keleti"]
    r = extract("The Economic Community of West African States suspended Guinea after the coup.")
    assert ("Economic Community of West African States", "SANCTIONS", "Guinea") in r.triples
    assert not [t for t in r.triples if t[1] == "COERCES"]
