"""Round 9, actor detection and naming: which mentions become actors, of which kind, under which name."""

from __future__ import annotations

# -- a country named only as a place is a setting, not an actor -------------------------------------------------


def test_a_country_named_only_after_a_preposition_of_place_is_not_an_actor(extract) -> None:
    r = extract("Bolivian police seized two tonnes of cocaine that had been trucked in from Paraguay, officials "
                "said on Monday.")
    assert "Paraguay" not in r.kinds
    r = extract("The rebels, who regrouped across the border in Niger last year, attacked an army post near "
                "Gao.")
    assert "Niger" not in r.kinds
    r = extract("Kenya's foreign minister met envoys of several Gulf states at a forum held in Qatar on "
                "Thursday.")
    assert "Qatar" not in r.kinds
    assert r.kinds.get("Kenya") == "Country"


def test_a_country_named_as_a_party_stays_an_actor(extract) -> None:
    r = extract("A creditor committee chaired by Japan and Norway approved the restructuring in Lusaka.")
    assert r.kinds.get("Norway") == "Country"
    r = extract("Officials in Accra said Togo's decision had surprised them, and that Benin had stayed silent.")
    assert r.kinds.get("Togo") == "Country"
    assert r.kinds.get("Benin") == "Country"


def test_a_country_both_a_place_and_a_party_stays_an_actor(extract) -> None:
    r = extract("The talks were held in Oman. Oman has mediated between the two sides before.")
    assert r.kinds.get("Oman") == "Country"
