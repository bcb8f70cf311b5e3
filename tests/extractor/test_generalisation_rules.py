"""Rules added so the extractor generalises to wire articles it was not written against: organisation cue
words, place names before a place noun, adjectives capitalised at a sentence start, description-to-name links."""

from __future__ import annotations


def test_government_and_units_are_organisation_cues(extract) -> None:
    r = extract("The Transitional Government of Eastland accused the Delta Defence Units of looting a depot.")
    assert r.kinds.get("Transitional Government of Eastland") == "Organization"
    assert r.kinds.get("Delta Defence Units") == "Organization"


def test_plural_possessive_inside_a_name(extract) -> None:
    r = extract("Police arrested two leaders of the Copper Miners' Federation in Lusaka on Friday.")
    assert "Copper Miners' Federation" in r.kinds
    assert r.kinds["Copper Miners' Federation"] == "Organization"


def test_firm_with_trade_cue_word(extract) -> None:
    r = extract("Japan sanctioned Mirova Electronics and Tallis Express for shipping parts to Iran.")
    assert r.kinds.get("Mirova Electronics") == "Organization"
    assert r.kinds.get("Tallis Express") == "Organization"


def test_name_before_a_place_noun_is_a_place(extract) -> None:
    r = extract("Soldiers fired on villagers near the Wat Lomdin temple and in the Upper Sarro region on Monday.")
    assert "Wat Lomdin" not in r.kinds
    assert "Upper Sarro" not in r.kinds


def test_coordinated_names_before_a_modified_place_noun(extract) -> None:
    r = extract("Gunmen seized the Zarqa and Bel Arim oil fields on Friday.")
    assert "Bel Arim" not in r.kinds


def test_capitalised_adjective_at_sentence_start_is_not_an_actor(extract) -> None:
    r = extract("Federal troops shelled the town. Islamist fighters withdrew. Federal officials denied it.")
    assert "Federal" not in r.kinds and "Islamist" not in r.kinds
