"""Round 18 (G): a list of measures imposed on someone ("a travel ban, asset freeze and arms embargo on X") is one
sanction, whatever measure the list ends with."""

from __future__ import annotations


def test_three_measures_with_commas(extract) -> None:
    r = extract("The Arctic Council on Friday imposed a visa ban, asset freeze and arms embargo on Tarik Oyelaran.")
    assert ("Arctic Council", "SANCTIONS", "Tarik Oyelaran") in r.triples


def test_two_measures_ending_in_a_bare_freeze(extract) -> None:
    r = extract("Norway imposed a travel ban and asset freeze on Tarik Oyelaran.")
    assert ("Norway", "SANCTIONS", "Tarik Oyelaran") in r.triples
    assert ("Norway", "COERCES", "Tarik Oyelaran") not in r.triples


def test_freeze_and_embargo(extract) -> None:
    r = extract("The Arctic Council imposed an asset freeze and arms embargo on Tarik Oyelaran.")
    assert ("Arctic Council", "SANCTIONS", "Tarik Oyelaran") in r.triples
