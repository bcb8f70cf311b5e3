"""Round 5, people and organisations: datelines, whose-clauses, body-noun titles and the country a bare
title belongs to. Sentences are our own, with invented names."""

from __future__ import annotations

from actorgraph.loaders.extractor.dateline import dateline_country, find_dateline
from actorgraph.loaders.extractor.lexicon import lexicon


def test_a_dateline_is_parsed_with_its_date_and_agency() -> None:
    dl = find_dateline("QUITO, Feb. 9 (Andes Wire) — Ecuador's navy seized a trawler.")
    assert dl is not None and dl.places == ("Quito",)
    assert dateline_country(dl, lexicon()) == "Ecuador"
    two = find_dateline("OSLO/STOCKHOLM — Norway and Sweden agreed a pact.")
    assert two is not None and two.places == ("Oslo", "Stockholm") and dateline_country(two, lexicon()) is None
    assert find_dateline("NATO said on Monday it would send ships.") is None
    assert find_dateline("UN - the council met.") is None


def test_the_place_a_story_was_filed_from_is_not_an_actor(extract) -> None:
    r = extract("PORT MORESBY, June 2 — Papua New Guinea expelled a Malaysian logging firm, Kinabalu Timber, "
                "on Tuesday.")
    assert not any("MORESBY" in name.upper() and kind == "Organization" for name, kind in r.kinds.items())
    r = extract("MARRAKECH — Moroccan police detained three Spanish tourists on Friday.")
    assert "MARRAKECH" not in r.kinds


def test_a_bare_title_belongs_to_the_country_of_the_dateline(extract) -> None:
    r = extract("LUSAKA, May 4 — Washington criticised the decision on Monday. The United States said it would "
                "review aid, and US officials met privately with donors. "
                "President Mwila Banda rejected the criticism on Tuesday.")
    assert ("Mwila Banda", "LEADS", "Zambia") in r.triples
    assert ("Mwila Banda", "LEADS", "United States") not in r.triples
    r = extract("ASUNCIÓN — Brazilian farmers protested against a new land law. Brazil's ambassador called it "
                "unfair, and Brazil threatened to raise tariffs. Interior Minister Rosa Acosta defended the law.")
    assert ("Rosa Acosta", "HOLDS_POSITION", "Paraguay") in r.triples


def test_whose_clause_names_the_post_in_the_body_before_it(extract) -> None:
    r = extract("The Baltic Fishermen's Union, whose chairwoman, Ilse Voss, led the strike, rejected the offer.")
    assert ("Ilse Voss", "LEADS", "Baltic Fishermen's Union") in r.triples
    r = extract("Police raided the offices of Green Horizon Trust, whose spokesman Tomas Berg called it harassment.")
    assert ("Tomas Berg", "HOLDS_POSITION", "Green Horizon Trust") in r.triples
    r = extract("The march was organised by the farmers' alliance Voice of the Soil, whose coordinator, Ama Owusu, "
                "urged calm.")
    assert ("Ama Owusu", "LEADS", "Voice of the Soil") in r.triples


def test_an_area_qualified_head_holds_a_post_under_the_leader(extract) -> None:
    r = extract("Dario Fenn, the Liberation Front's military commander, said the ceasefire was over.")
    assert ("Dario Fenn", "HOLDS_POSITION", "Liberation Front") in r.triples
    assert ("Dario Fenn", "LEADS", "Liberation Front") not in r.triples
    r = extract("Lena Ortiz, the Workers' Party's regional coordinator, resigned on Monday.")
    assert ("Lena Ortiz", "HOLDS_POSITION", "Workers' Party") in r.triples


def test_long_acronyms_and_lowercase_articles_inside_names(extract) -> None:
    r = extract("The UN stabilisation mission, MINUKRA, said it had opened an inquiry into the shooting.")
    assert r.kinds.get("MINUKRA") == "Organization"
    r = extract("Police detained Rui Sampaio, a lawyer with the Campaign for a Free Press, on Monday.")
    assert r.kinds.get("Campaign for a Free Press") == "Organization"


def test_a_ministers_portfolio_is_not_an_organisation(extract) -> None:
    r = extract("QUITO — Police Minister Ana Lopes said on Monday that the gang leaders had been moved.")
    assert "Police" not in r.kinds
    assert ("Ana Lopes", "HOLDS_POSITION", "Ecuador") in r.triples


def test_a_named_station_or_channel_is_an_organisation(extract) -> None:
    r = extract("Police detained a presenter, Omar Sy of the private radio station Sahel FM, on Friday.")
    assert r.kinds.get("Sahel FM") == "Organization"
    assert ("Omar Sy", "MEMBER_OF", "Sahel FM") in r.triples


def test_a_bracketed_qualifier_is_part_of_the_partys_name(extract) -> None:
    r = extract("The Socialist Party of Albania (Reformed Wing), whose chairman Ilir Dema resigned in May, "
                "called for new elections.")
    assert r.kinds.get("Socialist Party of Albania (Reformed Wing)") == "Organization"
    assert ("Ilir Dema", "LEADS", "Socialist Party of Albania (Reformed Wing)") in r.triples
    assert "Reformed Wing" not in r.kinds


def test_staff_of_an_organisation_are_its_members(extract) -> None:
    r = extract("\"The figures are inflated,\" said Ines Duarte, an economist at the Centre for Fiscal Studies.")
    assert ("Ines Duarte", "MEMBER_OF", "Centre for Fiscal Studies") in r.triples


def test_kin_apposition_with_a_description_before_the_name(extract) -> None:
    r = extract("Police questioned Samuel Okafor on Monday. Okafor's nephew, district councillor Emeka Obi, was "
                "detained the next day.")
    assert any(t == "FAMILY_OF" and {s, o} == {"Emeka Obi", "Samuel Okafor"} for s, t, o in r.triples)


def test_his_son_is_found_through_either_surname(extract) -> None:
    r = extract("A court in Lima froze the assets of Rosa Quispe Mamani on Tuesday. Prosecutor Jorge Salas said "
                "more charges would follow. Her daughter, Lucía Quispe, said the case was political.")
    assert any(t == "FAMILY_OF" and {s, o} == {"Lucía Quispe", "Rosa Quispe Mamani"} for s, t, o in r.triples)


def test_a_country_name_does_not_swallow_the_person_after_of(extract) -> None:
    r = extract("A court approved the extradition to the United States of Pablo Ferrer, a former police chief.")
    assert r.kinds.get("Pablo Ferrer") == "Person"
    assert not any(name.startswith("United States of") for name in r.kinds)


def test_and_inside_a_name_that_ends_in_its_head_noun(extract) -> None:
    r = extract("Police detained three members of the Oil and Gas Workers' Union in Baku on Monday.")
    assert r.kinds.get("Oil and Gas Workers' Union") == "Organization"
    r = extract("The Peace and Prosperity Party said it would boycott the vote.")
    assert r.kinds.get("Peace and Prosperity Party") == "Organization"


def test_whose_kin_after_an_apposition_are_the_persons(extract) -> None:
    r = extract("Police held Dana Petrova, a leader of the Teachers' Federation, whose brother, Ivan Petrov, "
                "is in exile.")
    assert any(t == "FAMILY_OF" and {s, o} == {"Ivan Petrov", "Dana Petrova"} for s, t, o in r.triples)
    assert not any(t == "FAMILY_OF" and "Teachers' Federation" in (s, o) for s, t, o in r.triples)


def test_a_bodys_name_or_noun_before_a_role_and_a_name(extract) -> None:
    r = extract("Renewal Front legislator Tariq Osei said the bill was unconstitutional.")
    assert ("Tariq Osei", "MEMBER_OF", "Renewal Front") in r.triples
    r = extract("The Green Alliance denied the report, with party spokesman Jonas Lind calling it a smear.")
    assert ("Jonas Lind", "HOLDS_POSITION", "Green Alliance") in r.triples


def test_a_persons_party_and_a_figure_in_it(extract) -> None:
    r = extract("Prosecutors charged Hugo Mena, a senior figure in former President Rita Alves's Progress Party, "
                "with fraud.")
    assert ("Rita Alves", "LEADS", "Progress Party") in r.triples
    assert ("Hugo Mena", "MEMBER_OF", "Progress Party") in r.triples
    assert ("Hugo Mena", "ASSOCIATED_WITH", "Rita Alves") not in r.triples


def test_a_persons_relatives_and_crew_members_are_groups(extract) -> None:
    r = extract("Troops detained the preacher Idris Mallam and two of Mallam's daughters near Maiduguri.")
    assert any(t == "FAMILY_OF" and s == "two of Mallam's daughters" and o == "Idris Mallam" for s, t, o in r.triples)
    r = extract("Thai coast guards seized a fishing boat on Friday and arrested four Burmese crew members.")
    assert r.kinds.get("four Burmese crew members") == "Group"


def test_places_named_before_a_geographic_noun_or_a_based_suffix_are_not_actors(extract) -> None:
    r = extract("The navy intercepted a speedboat off the Malabar coast on Sunday, and the Porto-based company "
                "Atlantica Fisheries said it owned the boat.")
    assert "Malabar" not in r.kinds and "Porto" not in r.kinds
    assert r.kinds.get("Atlantica Fisheries") == "Organization"


def test_a_ship_in_apposition_and_its_owner(extract) -> None:
    r = extract("Greek coast guards boarded a Liberian-flagged bulk ship, the Polar Dawn, near Crete on Monday. "
                "Its owner, the Piraeus-based firm Helios Maritime, said the crew had done nothing wrong.")
    assert r.kinds.get("Polar Dawn") == "Vessel"
    assert ("Helios Maritime", "ASSOCIATED_WITH", "Polar Dawn") in r.triples


def test_initials_after_a_title_word_are_a_body(extract) -> None:
    r = extract("A statement carried by the official KNA news agency said five suspects were arrested.")
    assert r.kinds.get("KNA") == "Organization"


def test_better_known_as_is_one_person(extract) -> None:
    r = extract("Opposition leader Samuel Mwangi, better known as Baba Sam, accused the president of fraud.")
    assert "Baba Sam" not in r.kinds
    assert "Baba Sam" in next(a.aliases for a in r.extraction.actors if a.name == "Samuel Mwangi")


def test_a_platform_is_an_organisation(extract) -> None:
    r = extract("The Citizens' Unity Platform called for a boycott of the vote.")
    assert r.kinds.get("Citizens' Unity Platform") == "Organization"


def test_a_president_who_leads_a_party_or_heads_a_body_keeps_or_loses_the_state(extract) -> None:
    r = extract("LIMA — President Rosa Vela defended the reform on Monday. The Renewal Party, whose president "
                "Jaime Ortiz called the plan reckless, said it would vote against it.")
    assert ("Rosa Vela", "LEADS", "Peru") in r.triples
    assert ("Jaime Ortiz", "LEADS", "Renewal Party") in r.triples
    assert ("Jaime Ortiz", "LEADS", "Peru") not in r.triples
    r = extract("SANTIAGO — Prime Minister Ana Ruiz, who leads the governing Progress Party, rejected the "
                "strike on Tuesday.")
    assert ("Ana Ruiz", "LEADS", "Chile") in r.triples


def test_its_regional_envoy_belongs_to_the_state_spoken_of(extract) -> None:
    r = extract("Denmark fined the trawler operator Arctic Harvest Group on Monday. Canada, which also funds the "
                "coast guard, said it would keep its advisers there. Its Arctic envoy, Marie Tremblay, is due to "
                "visit Nuuk next week.")
    assert ("Marie Tremblay", "HOLDS_POSITION", "Canada") in r.triples
    assert "Arctic" not in r.kinds


def test_a_post_with_a_named_remit_before_the_name(extract) -> None:
    r = extract("Kenya, which hosts the talks, has been cautious. Its ambassador to the East African Community, "
                "Grace Wanjiru, said Nairobi would not take sides.")
    assert ("Grace Wanjiru", "HOLDS_POSITION", "Kenya") in r.triples
    assert ("Grace Wanjiru", "HOLDS_POSITION", "East African Community") not in r.triples
    r = extract("UK special envoy for the Great Lakes, Tom Hartley, met the rebels in Goma on Friday.")
    assert ("Tom Hartley", "HOLDS_POSITION", "United Kingdom") in r.triples
    r = extract("A spokesman for the International Red Cross, Pierre Dumas, said the convoy was hit.")
    assert ("Pierre Dumas", "HOLDS_POSITION", "International Red Cross") in r.triples


def test_a_company_suffix_can_end_a_sentence(extract) -> None:
    r = extract("Norway fined the shipping firm Fjord Carriers Ltd. Its chief executive, Lars Berg, said the "
                "company would appeal.")
    assert ("Lars Berg", "LEADS", "Fjord Carriers Ltd") in r.triples


def test_one_of_a_bodys_leaders_is_a_member(extract) -> None:
    r = extract("The Justice Front backed the bill. A senior Justice Front leader, Mark Evans, said it would pass.")
    assert ("Mark Evans", "MEMBER_OF", "Justice Front") in r.triples
    assert ("Mark Evans", "LEADS", "Justice Front") not in r.triples


def test_the_head_of_a_bodys_mission_holds_a_post_in_it(extract) -> None:
    r = extract("A World Bank delegation led by Priya Raman arrived in Colombo on Monday.")
    assert ("Priya Raman", "HOLDS_POSITION", "World Bank") in r.triples
    assert ("Priya Raman", "LEADS", "World Bank") not in r.triples


def test_an_analyst_in_a_capital_works_there_not_for_the_state(extract) -> None:
    r = extract("Omar Haddad, a senior analyst in Amman, said the border would stay closed.")
    assert not any(s == "Omar Haddad" and t == "HOLDS_POSITION" for s, t, _ in r.triples)


def test_a_rank_abbreviation_does_not_end_the_sentence_and_army_posts_are_the_states(extract) -> None:
    r = extract("ACCRA — Troops raided two villages on Monday. Army spokesman Brig. Kofi Asante said six suspects "
                "were held.")
    assert ("Kofi Asante", "HOLDS_POSITION", "Ghana") in r.triples


def test_a_group_described_by_a_colon_list_gives_way_to_the_named(extract) -> None:
    r = extract("The Treasury on Friday added three Malian officials to its sanctions list: army colonel "
                "Ibrahim Keita, customs chief Sekou Traore and Ali Maiga.")
    assert not any(o == "three Malian officials" for _, _, o in r.triples)


def test_a_bare_diplomatic_title_serves_the_embassy_just_named(extract) -> None:
    r = extract("NAIROBI — The verdict drew sharp criticism from the Dutch embassy. In a statement, chargé "
                "d'affaires Anne de Vries said The Hague was deeply concerned.")
    assert ("Anne de Vries", "HOLDS_POSITION", "Netherlands") in r.triples
    assert ("Anne de Vries", "HOLDS_POSITION", "Kenya") not in r.triples


def test_a_deputy_for_a_party_is_its_member(extract) -> None:
    r = extract("Carla Mendes, a deputy for the opposition Green Party, said the vote was rigged.")
    assert ("Carla Mendes", "MEMBER_OF", "Green Party") in r.triples


def test_titled_people_listed_after_a_states_officials_hold_its_posts(extract) -> None:
    r = extract("The European Union on Monday sanctioned three Belarusian officials: deputy interior minister "
                "Pavel Karpenko, police commissioner Oleg Sidorov and businessman Ivan Lutsko.")
    assert ("Pavel Karpenko", "HOLDS_POSITION", "Belarus") in r.triples
    assert ("Oleg Sidorov", "HOLDS_POSITION", "Belarus") in r.triples
    assert not any(s == "Ivan Lutsko" and t == "HOLDS_POSITION" for s, t, _ in r.triples)


def test_an_executive_secretary_heads_the_body(extract) -> None:
    r = extract("The Southern Ports Council met on Monday. Its executive secretary, Joao Silva, said the bloc "
                "would decide in May.")
    assert ("Joao Silva", "LEADS", "Southern Ports Council") in r.triples


def test_a_tie_others_describe(extract) -> None:
    r = extract("Washington sanctioned the general Paul Okoro and the trader Sam Eze, whom it described as a "
                "long-time business partner of Okoro.")
    rel = r.rel("Sam Eze", "ASSOCIATED_WITH", "Paul Okoro")
    assert rel.status.value == "reported"


def test_a_states_diplomats_hold_its_posts(extract) -> None:
    r = extract("Peru expelled two Bolivian consular officials on Tuesday, accusing them of spying.")
    assert ("two Bolivian consular officials", "HOLDS_POSITION", "Bolivia") in r.triples
    r = extract("Estonia ordered four Russian diplomats to leave the country.")
    assert ("four Russian diplomats", "HOLDS_POSITION", "Russia") in r.triples
    r = extract("Police detained three Bolivian miners on Tuesday.")
    assert not any(t == "HOLDS_POSITION" for _, t, _ in r.triples)


def test_his_party_named_in_the_next_sentence(extract) -> None:
    r = extract("Opposition leader Daniel Moyo accused the president of rigging the vote. Several members of "
                "his Democratic Renewal Front were arrested on Friday.")
    assert ("Daniel Moyo", "LEADS", "Democratic Renewal Front") in r.triples


def test_pledging_allegiance_makes_an_affiliate(extract) -> None:
    r = extract("The Sahel Brigades, which swore allegiance to the Islamic Caliphate Front in 2018, "
                "claimed the attack.")
    assert ("Sahel Brigades", "MEMBER_OF", "Islamic Caliphate Front") in r.triples
    r = extract("The East Africa Front had pledged its loyalty to the Caliphate Movement, the statement said.")
    assert ("East Africa Front", "MEMBER_OF", "Caliphate Movement") in r.triples


def test_a_company_others_say_is_controlled_by_a_named_chief(extract) -> None:
    r = extract("The port is run by Delta Ventures, a firm that European officials say is controlled by "
                "allies of the late Falcon Brigade commander Ivan Sorokin.")
    rel = r.rel("Delta Ventures", "ASSOCIATED_WITH", "Ivan Sorokin")
    assert rel.status.value == "alleged"
    assert ("Delta Ventures", "ASSOCIATED_WITH", "Falcon Brigade") not in r.triples


def test_a_heads_deputy_holds_a_post_in_the_office(extract) -> None:
    r = extract("The Anti-Fraud Directorate, headed by Marta Lind, opened an inquiry. On Friday the ministry "
                "suspended Lind's deputy, Ola Berg, pending a review.")
    assert ("Ola Berg", "HOLDS_POSITION", "Anti-Fraud Directorate") in r.triples
    assert ("Ola Berg", "ASSOCIATED_WITH", "Marta Lind") not in r.triples


def test_a_bare_title_is_not_the_states_set_against_it(extract) -> None:
    r = extract("Chile protested on Monday. Chile said the dam harmed its farmers, and Chile recalled its envoy. "
                "President Luis Arce offered to share river data, but Chile turned the offer down.")
    assert ("Luis Arce", "LEADS", "Chile") not in r.triples
    r = extract("Chile protested on Monday. Chile said the dam harmed its farmers. President Ana Soto said "
                "Chile would take the case to court.")
    assert ("Ana Soto", "LEADS", "Chile") in r.triples


def test_a_leader_of_a_movement_is_in_its_leadership(extract) -> None:
    r = extract("Police held Nadia Rahman, a leader of the Garment Workers' Federation, on Sunday.")
    assert ("Nadia Rahman", "LEADS", "Garment Workers' Federation") in r.triples
    r = extract("Jonas Petrov is a leader of the Free Farmers Movement, which called the strike.")
    assert ("Jonas Petrov", "LEADS", "Free Farmers Movement") in r.triples


def test_a_named_body_before_a_title_stays_an_actor(extract) -> None:
    r = extract("Turkey's Gendarmerie Command spokesman Ali Demir said the suspects were held in Van.")
    assert r.kinds.get("Gendarmerie Command") == "Organization"
    assert ("Ali Demir", "HOLDS_POSITION", "Gendarmerie Command") in r.triples


def test_an_organisation_apposed_as_a_states_proxy_or_company(extract) -> None:
    r = extract("Witnesses saw fighters of the Redwood Legion, the Belarusian defence ministry's successor to the "
                "Iron Guard, near the mine.")
    assert ("Redwood Legion", "ASSOCIATED_WITH", "Belarus") in r.triples
    r = extract("Sanctions hit Caspian Shipping Lines, Iran's state carrier, on Monday.")
    assert ("Caspian Shipping Lines", "ASSOCIATED_WITH", "Iran") in r.triples
    r = extract("Raids were carried out by the Border Bureau, Kenya's immigration agency, on Monday.")
    assert ("Border Bureau", "ASSOCIATED_WITH", "Kenya") not in r.triples
    r = extract("The Eastern Front, Ukraine's main enemy in the region, denied the report.")
    assert ("Eastern Front", "ASSOCIATED_WITH", "Ukraine") not in r.triples
