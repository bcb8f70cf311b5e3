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


# -- an acronym is another name of the body it abbreviates -------------------------------------------------------


def test_a_name_joined_by_and_stays_whole_before_initials_in_another_language(extract) -> None:
    r = extract("The Council for Peace and Reconciliation (CNRP) said on Friday it would boycott the vote. "
                "Police later detained two CNRP organisers.")
    assert r.kinds.get("Council for Peace and Reconciliation") == "Organization"
    assert "CNRP" not in r.kinds


def test_two_bodies_joined_by_and_stay_apart_when_the_initials_are_the_second_ones(extract) -> None:
    r = extract("The Farmers Union and National Traders Association (NTAS) called a strike on Monday.")
    assert r.kinds.get("Farmers Union") == "Organization"
    assert r.kinds.get("National Traders Association") == "Organization"


def test_initials_that_keep_the_small_words_name_the_body(extract) -> None:
    r = extract("The Federation of Andean Farmers called a strike on Monday. A FOAF spokesman said the "
                "government had ignored its members.")
    assert "FOAF" not in r.kinds
    assert r.kinds.get("Federation of Andean Farmers") == "Organization"


def test_hyphenated_initials_declared_after_a_name_are_its_alias(extract) -> None:
    r = extract("Talks stalled, according to a spokesman for the Free Patriots Movement-North (FPM-N), which "
                "controls the hills. The FPM-N rejected the offer on Tuesday.")
    assert "FPM-N" not in r.kinds
    assert r.kinds.get("Free Patriots Movement-North") == "Organization"


# -- a state's organ named by its generic name, only in passing, is no actor ------------------------------------


def test_a_generic_state_organ_named_in_passing_is_not_an_actor(extract) -> None:
    r = extract("The ban was upheld by the Supreme Court in 2019, and lawyers for the three editors have "
                "appealed again.")
    assert "Supreme Court" not in r.kinds
    r = extract("Critics cited a British Foreign Office travel warning issued last spring. Police in Harare "
                "detained two of them on Friday.")
    assert "Foreign Office" not in r.kinds and "British Foreign Office" not in r.kinds


def test_an_organ_with_a_name_of_its_own_stays_an_actor(extract) -> None:
    r = extract("The law was struck down by the Constitutional Court in 2021, and parliament passed it again.")
    assert r.kinds.get("Constitutional Court") == "Organization"


def test_shapes_of_generic_state_organs() -> None:
    from actorgraph.loaders.extractor.lexicon import lexicon
    from actorgraph.loaders.extractor.state_organs import generic_state_organ

    lex = lexicon()
    for name in ("Supreme Court", "US Treasury", "the Senate", "Kenyan Interior Ministry", "Justice Department"):
        assert generic_state_organ(lex, name), name
    for name in ("State Security Court", "National Assembly", "Supreme Council of National Defence", "Office"):
        assert not generic_state_organ(lex, name), name


# -- things (ships, buildings) are not people --------------------------------------------------------------------


def test_a_count_of_ships_is_not_a_group_of_people(extract) -> None:
    r = extract("Ecuador's navy seized two cargo vessels and detained four sailors in the strait on Friday.")
    assert not any("vessels" in name for name in r.kinds)
    assert r.kinds.get("four sailors") == "Group"


def test_a_building_named_with_a_title_word_is_not_a_person(extract) -> None:
    r = extract("Hundreds of teachers marched to the Justice Palace in Quito on Monday to demand higher pay.")
    assert "Palace" not in r.kinds and "Justice Palace" not in r.kinds
    r = extract("Justice Maria Okafor dissented from the ruling on Monday.")
    assert r.kinds.get("Maria Okafor") == "Person"


def test_a_drillship_is_a_vessel(extract) -> None:
    r = extract("A navy frigate shadowed the drillship Ocean Lantern for two days, the ministry said.")
    assert r.kinds.get("Ocean Lantern") == "Vessel"


# -- a name that is only ever a place ---------------------------------------------------------------------------


def test_a_name_only_ever_a_place_is_not_an_organisation(extract) -> None:
    r = extract("Coastguard ships chased three Vietnamese trawlers around the Korvan Banks on Monday, Hanoi said.")
    assert "Korvan Banks" not in r.kinds
    r = extract("Norway's energy ministry awarded the Solberg Ridge block to two Danish firms on Friday.")
    assert "Solberg Ridge" not in r.kinds
    r = extract("The two editors were moved on Sunday to the Northern Detention Centre (NDC), the high-security "
                "prison outside the capital, their lawyer said.")
    assert "Northern Detention Centre" not in r.kinds


def test_a_body_named_after_a_preposition_of_place_stays(extract) -> None:
    r = extract("The minister raised the dispute at the Arctic Council in Tromso on Monday.")
    assert r.kinds.get("Arctic Council") == "Organization"
