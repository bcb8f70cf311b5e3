"""Round R, actor recall: organisations the sentence itself describes ("X, the Belgian shipping group",
"Y, a subsidiary of ...", "state refiner Z") are organisations even without a cue word in their name, and a
description that is a person's role ("an alleged financial operator of the cartel") leaves a person alone."""

from __future__ import annotations


def test_name_apposed_to_a_definite_business_description_is_an_organisation(extract) -> None:
    r = extract("The union on Monday urged Varnholt, the Danish shipping group whose tankers call at the port, "
                "to raise wages for its crews.")
    assert r.kinds.get("Varnholt") == "Organization"


def test_name_with_a_place_word_apposed_to_a_subsidiary_is_an_organisation(extract) -> None:
    r = extract("Inspectors found waste in a pit dug by Lomari Valley Nickel, a subsidiary of a state-owned "
                "conglomerate, near the river.")
    assert r.kinds.get("Lomari Valley Nickel") == "Organization"


def test_state_company_apposition_makes_the_name_a_body_its_chief_leads(extract) -> None:
    r = extract("Ruvala Basin Drilling, the state oil company headed by Joaquim Dalto, bought out its two partners "
                "in 2021.")
    assert r.kinds.get("Ruvala Basin Drilling") == "Organization"
    assert ("Joaquim Dalto", "LEADS", "Ruvala Basin Drilling") in r.triples


def test_descriptor_noun_before_a_name_makes_it_an_organisation(extract) -> None:
    r = extract("The mine, in which state miner Kolvaro holds a minority stake, will be sold next year, "
                "the minister said.")
    assert r.kinds.get("Kolvaro") == "Organization"


def test_descriptor_before_a_name_that_contains_a_country_names_the_body_not_the_country(extract) -> None:
    r = extract("Most of the arrears are owed by state utility Energie du Malawi, which buys power from "
                "private plants.")
    assert r.kinds.get("Energie du Malawi") == "Organization"


def test_a_role_of_a_person_in_a_body_keeps_the_person_while_an_apposed_firm_is_a_body(extract) -> None:
    r = extract("Guatemala extradited Rodrigo Salas Quintero, an alleged logistics operator of the Cartel del "
                "Istmo, who ran payments through Brisamar, the Panamanian trading firm his brother owns.")
    assert r.kinds.get("Rodrigo Salas Quintero") == "Person"
    assert r.kinds.get("Brisamar") == "Organization"


def test_a_capitalised_preposition_before_a_comma_is_not_a_body_but_the_apposed_name_is(extract) -> None:
    r = extract("In Lilongwe, the opposition accused Tembaro, the state tobacco company, of hiding losses.")
    assert "In Lilongwe" not in r.kinds
    assert r.kinds.get("Tembaro") == "Organization"


# -- one-word names listed with an organisation ------------------------------------------------------------

def test_a_one_word_name_listed_after_a_company_is_a_company(extract) -> None:
    r = extract("The state fund bought out ExxonMobil and Tullow in 2020 for an undisclosed sum.")
    assert r.kinds.get("Tullow") == "Organization"


def test_a_one_word_name_listed_before_a_company_is_a_company_but_a_surname_stays_a_person(extract) -> None:
    r = extract("Minister Anna Kovalenko met the bank on Monday. Access to Viberion and YouTube was cut on "
                "Tuesday, and Kovalenko and Gazprombank officials later met again.")
    assert r.kinds.get("Viberion") == "Organization"
    assert r.kinds.get("Anna Kovalenko") == "Person"
    assert "Kovalenko" not in r.kinds


def test_a_name_cut_at_and_inside_a_longer_name_is_not_made_a_company(extract) -> None:
    r = extract("He refused to appear before the Court of Bosnia and Herzegovina, and the Ministry of Energy and "
                "Mines said the wells were run by PetroNova and Nordvik.")
    assert "Mines" not in r.kinds and "Herzegovina" not in r.kinds
    assert r.kinds.get("Nordvik") == "Organization"


def test_a_persons_name_apposed_to_a_body_noun_and_a_post_stays_a_person(extract) -> None:
    r = extract("Police in Beira questioned Maria Tembe, the group treasurer, about the missing funds on Monday.")
    assert r.kinds.get("Maria Tembe") == "Person"
