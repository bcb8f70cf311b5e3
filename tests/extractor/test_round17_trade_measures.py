"""Round 17 (R): a supply that is halted or cut off is no aid to the state it stopped reaching (the measure itself,
SANCTIONS, stays); aid that another party blocks, vetoes or holds up is only hypothetical."""

from __future__ import annotations


def test_halted_gas_supplies_are_no_aid(extract) -> None:
    r = extract("Azerbaijan halted gas supplies to Armenia on Wednesday.")
    assert ("Azerbaijan", "AIDS", "Armenia") not in r.triples
    assert ("Azerbaijan", "SANCTIONS", "Armenia") in r.triples


def test_cut_off_supplies_of_a_named_firm_are_no_aid(extract) -> None:
    r = extract("Kazakhstan's KazMunayGas cut off oil supplies to Kyrgyzstan last week.")
    assert not any(t[1] == "AIDS" for t in r.triples)




def test_blocked_aid_is_only_hypothetical(extract) -> None:
    r = extract("Austria blocked EU aid to Serbia on Friday.")
    assert r.rel("EU", "AIDS", "Serbia").status.value == "hypothetical"


def test_held_up_funding_is_only_hypothetical(extract) -> None:
    r = extract("Poland held up EU funding for Serbia, officials said.")
    assert r.rel("EU", "AIDS", "Serbia").status.value == "hypothetical"
