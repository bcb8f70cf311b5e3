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


def test_tariffs_on_a_states_goods_sanction_the_state(extract) -> None:
    r = extract("Ecuador imposed tariffs on Colombian steel on Monday.")
    assert ("Ecuador", "SANCTIONS", "Colombia") in r.triples


def test_duties_and_export_controls_on_a_state(extract) -> None:
    r = extract("Vietnam announced anti-dumping duties on Thai rice, and Japan imposed export controls on South Korea.")
    assert {("Vietnam", "SANCTIONS", "Thailand"), ("Japan", "SANCTIONS", "South Korea")} <= r.triples


def test_goods_hit_with_tariffs(extract) -> None:
    r = extract("Ghana hit Nigeria with punitive tariffs last week.")
    assert ("Ghana", "SANCTIONS", "Nigeria") in r.triples


def test_qualified_goods_and_a_rate(extract) -> None:
    r = extract("Mexico imposed a 30% tariff on South Korean electric cars on Friday.")
    assert ("Mexico", "SANCTIONS", "South Korea") in r.triples
