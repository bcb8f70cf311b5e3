"""Round 11, actor recall: one-word names of bodies said once, found by the place they take in the sentence
(the party accused or asked to act, the body an affiliate belongs to, a body in apposition with "the ...
group", a body after "corporation"); bodies named in French, Spanish or Portuguese, whose head noun opens the
name ("Groupement des ...", "Guardia Civil"), and "Academy"; a crowd that marches or rallies with no target
named protests against the story's state (or the body outside whose building it rallies); and the people and
crowds the same rules must leave alone."""

from __future__ import annotations

# -- a one-word name accused or asked to act is a body ----------------------------------------------------------


def test_a_one_word_name_accused_of_an_act_is_an_organisation(extract) -> None:
    r = extract("Lebanon's army said the shipment had crossed from the north. Beirut has accused Kataibra of "
                "running the route, a charge the movement rejects.")
    assert r.kinds.get("Kataibra") == "Organization"


def test_a_one_word_name_accused_together_with_a_group_is_an_organisation(extract) -> None:
    r = extract("Iraq has repeatedly accused Nujabar and allied militias of firing rockets at the airport.")
    assert r.kinds.get("Nujabar") == "Organization"


def test_a_one_word_name_asked_to_act_is_an_organisation(extract) -> None:
    r = extract("The interior minister said Nairobi would ask Afripol to circulate a wanted notice for the "
                "former governor if Kampala did not hand him over.")
    assert r.kinds.get("Afripol") == "Organization"


def test_a_place_after_a_preposition_is_not_taken_for_the_party_asked(extract) -> None:
    r = extract("The convoy was attacked near Garissa and the army asked residents to stay indoors.")
    assert "Garissa" not in r.kinds


def test_a_surname_accused_of_an_act_stays_the_person_named_before(extract) -> None:
    r = extract("Police arrested the businessman Peter Mwangi on Monday. Prosecutors accused Mwangi of "
                "laundering money for the cartel.")
    assert "Mwangi" not in r.kinds
    assert r.kinds.get("Peter Mwangi") == "Person"


# -- the body an affiliate or branch belongs to ------------------------------------------------------------------


def test_the_body_an_affiliate_belongs_to_is_an_organisation_with_its_article(extract) -> None:
    r = extract("The Sahel Liberation Front, al Mourabitoun's Saharan affiliate, claimed the raid on the "
                "garrison.")
    assert r.kinds.get("al Mourabitoun") == "Organization"


def test_a_persons_branch_of_the_family_is_not_a_body(extract) -> None:
    r = extract("Diallo said the ministry would review the deal on Friday.")
    assert all(kind != "Organization" for name, kind in r.kinds.items() if "Diallo" in name)


# -- a body in apposition with a definite description --------------------------------------------------------------


def test_a_name_described_as_the_militant_group_is_an_organisation(extract) -> None:
    r = extract("Ansarulla, the Kremlin-linked militant group operating in the north, threatened to attack "
                "Mozambican troops.")
    assert r.kinds.get("Ansarulla") == "Organization"


def test_a_person_described_as_the_groups_leader_is_a_person(extract) -> None:
    r = extract("Tembo, the movement's leader, told reporters the march would go ahead.")
    assert r.kinds.get("Tembo") != "Organization"
    r = extract("Carla Mendes, the party chairman, said the vote was rigged.")
    assert r.kinds.get("Carla Mendes") == "Person"


# -- a body named after "corporation" ------------------------------------------------------------------------------


def test_a_name_after_corporation_is_an_organisation(extract) -> None:
    r = extract("Opposition lawmakers sued to cancel a contract that gives a unit of China's state mining "
                "corporation Sinoxa the right to dig copper in the valley.")
    assert r.kinds.get("Sinoxa") == "Organization"


# -- bodies named in French, Spanish or Portuguese open with their head noun ---------------------------------------


def test_a_french_trade_body_is_one_organisation_not_its_country(extract) -> None:
    r = extract("The Groupement des Producteurs de Cacao de Côte d'Ivoire said it had not been consulted about "
                "the new levy.")
    assert r.kinds.get("Groupement des Producteurs de Cacao de Côte d'Ivoire") == "Organization"


def test_a_spanish_police_body_after_its_demonym_is_an_organisation(extract) -> None:
    r = extract("The cocaine was seized together with the Portuguese Guardia Nacional, which tracked the boat "
                "for weeks.")
    assert any(kind == "Organization" and "Guardia Nacional" in name for name, kind in r.kinds.items())


def test_a_news_agency_with_a_french_head_noun_is_not_a_person(extract) -> None:
    r = extract("Two reporters for Agence Sahel-Presse were expelled on Friday, the agency said.")
    assert r.kinds.get("Agence Sahel-Presse") == "Organization"


def test_an_english_academy_of_a_country_is_one_organisation(extract) -> None:
    r = extract("Nadia Perez, a historian at the Diplomatic Academy of Peru, said the ruling was a mistake.")
    assert r.kinds.get("Diplomatic Academy of Peru") == "Organization"
    assert r.kinds.get("Nadia Perez") == "Person"


def test_the_same_word_ending_a_persons_name_is_a_surname(extract) -> None:
    r = extract("Rafael Guardia, a fisherman from Vigo, said the navy had seized his boat.")
    assert r.kinds.get("Rafael Guardia") == "Person"


# -- a crowd that takes to the street protests against the story's state -------------------------------------------


def test_a_counted_crowd_marching_with_no_target_protests_against_the_state(extract) -> None:
    r = extract("ACCRA, June 3 - Ghana raised the fuel levy last week. Thousands of cocoa farmers marched on the "
                "district office on Monday to demand its repeal.")
    assert ("Thousands of cocoa farmers", "PROTESTS", "Ghana") in r.triples


def test_a_crowd_named_without_a_number_is_a_group_when_it_protests(extract) -> None:
    r = extract("LUSAKA, June 3 - Zambia raised the market levy last week. Market vendors, angry at the levy, "
                "protested in the city centre on Tuesday.")
    assert r.kinds.get("Market vendors") == "Group"
    assert ("Market vendors", "PROTESTS", "Zambia") in r.triples


def test_a_crowd_outside_a_bodys_building_protests_against_that_body(extract) -> None:
    r = extract("The Supreme Court of Malawi upheld the ban on Friday. Hundreds of opposition supporters rallied "
                "outside the court building in Lilongwe on Saturday.")
    assert ("Hundreds of opposition supporters", "PROTESTS", "Supreme Court of Malawi") in r.triples


def test_a_crowd_only_described_by_the_sentence_does_not_protest_here(extract) -> None:
    # (round 30: a crowd the police disperse at a march protests the state that polices it, policed_crowds.py, as
    #   the development gold records it; the crowd is still no doer of the march for group_protests)
    r = extract("KAMPALA, June 3 - Uganda raised the fuel levy last week. Police dispersed hundreds of traders "
                "who marched through the city on Monday.")
    assert {(s, o) for s, t, o in r.triples if t == "PROTESTS"} <= {("hundreds of traders", "Uganda")}
    assert r.rel("hundreds of traders", "PROTESTS", "Uganda").properties["trigger"] == "dispersed"


def test_a_crowd_protesting_against_the_local_authorities_protests_against_the_state(extract) -> None:
    r = extract("TASHKENT, June 3 - Uzbekistan cut water quotas last week. Fergana farmers, short of water for "
                "their cotton, have staged protests against local authorities.")
    assert ("Fergana farmers", "PROTESTS", "Uzbekistan") in r.triples


def test_a_crowd_protesting_against_a_measure_is_left_to_the_trigger_rules(extract) -> None:
    r = extract("TASHKENT, June 3 - Uzbekistan cut water quotas last week. Fergana farmers have staged protests "
                "against the new quotas.")
    assert ("Fergana farmers", "PROTESTS", "Uzbekistan") not in r.triples
