"""Round 3, people, roles and structure: counterparts, members and staff named in appositions and
possessives, relative clauses ("who runs", "whose firm", "which links"), wings, state companies, companies
run by others, families, and the actor mentions these rest on."""

from __future__ import annotations

from actorgraph.graph.registry import RelationStatus


def test_counterpart_of_a_president_leads_the_demonyms_state(extract) -> None:
    r = extract("President Amadou Keita said he would telephone his Senegalese counterpart, Ousmane Faye, on Monday.")
    assert ("Ousmane Faye", "LEADS", "Senegal") in r.triples


def test_counterpart_of_a_minister_holds_a_position(extract) -> None:
    r = extract("Dutch Defence Minister Pieter Smit met his Polish counterpart, Marek Nowak, in Warsaw.")
    assert ("Marek Nowak", "HOLDS_POSITION", "Poland") in r.triples
    assert ("Marek Nowak", "LEADS", "Poland") not in r.triples


def test_one_of_its_organisers_holds_a_position(extract) -> None:
    r = extract("The Coastal Farmers Union said troops had detained one of its organisers, Ana Pires, at a checkpoint.")
    assert ("Ana Pires", "HOLDS_POSITION", "Coastal Farmers Union") in r.triples


def test_two_of_its_editors_is_a_group_of_the_outlet(extract) -> None:
    r = extract("Officers searched the offices of the broadcaster Radio Kivu Libre and arrested three of its "
                "senior reporters on Friday.")
    assert r.kinds.get("three of its senior reporters") == "Group"
    assert ("three of its senior reporters", "HOLDS_POSITION", "Radio Kivu Libre") in r.triples


def test_a_persons_campaign_manager_is_associated_with_them(extract) -> None:
    r = extract("The opposition figure Miguel Duarte condemned the raid. Police questioned Duarte's campaign manager, "
                "Rita Soares, for six hours.")
    assert ("Rita Soares", "ASSOCIATED_WITH", "Miguel Duarte") in r.triples


def test_kin_without_a_comma_and_a_bare_given_name(extract) -> None:
    r = extract("General Omar Haddad stepped down. Haddad's daughter Leila now runs the family firm.")
    assert ("Leila", "FAMILY_OF", "Omar Haddad") in r.triples


def test_who_runs_an_organisation_leads_it(extract) -> None:
    r = extract("The list includes Tomas Varga, who runs the Vienna-based advocacy group Danube Transparency Watch.")
    assert ("Tomas Varga", "LEADS", "Danube Transparency Watch") in r.triples


def test_whose_firm_is_associated(extract) -> None:
    r = extract("Officials named the trader Ivo Petrak, whose logistics firm Baltic Route Logistics was also listed.")
    assert ("Ivo Petrak", "ASSOCIATED_WITH", "Baltic Route Logistics") in r.triples


def test_armed_wing_of_is_membership(extract) -> None:
    r = extract("The Northern Hills Army (NHA), the armed wing of the Hill Peoples Congress, ambushed a convoy.")
    assert ("Northern Hills Army", "MEMBER_OF", "Hill Peoples Congress") in r.triples


def test_possessive_political_wing_is_an_association(extract) -> None:
    r = extract("Diplomats met the Delta Liberation Council, the DLF's political wing, in Geneva. "
                "The Delta Liberation Front (DLF) released no statement.")
    assert ("Delta Liberation Council", "ASSOCIATED_WITH", "Delta Liberation Front") in r.triples


def test_a_states_company_after_a_possessive(extract) -> None:
    r = extract("Lawmakers urged penalties against Brazil's state mining company, Vale Norte, over the exports.")
    assert ("Vale Norte", "ASSOCIATED_WITH", "Brazil") in r.triples


def test_company_controlled_by_another_is_associated_and_hedged(extract) -> None:
    r = extract("Sanctions hit Orinoco Shipping, a carrier officials say is controlled by the Venezuelan "
                "military's holding company Caribe Holdings Group.")
    rel = r.rel("Orinoco Shipping", "ASSOCIATED_WITH", "Caribe Holdings Group")
    assert rel.status == RelationStatus.ALLEGED


def test_title_at_a_centre_run_by_a_company(extract) -> None:
    r = extract("The engineer, Pavel Orlov, deputy head of a testing laboratory run by the Russian state firm "
                "Uralsk Avionika, was detained.")
    assert ("Pavel Orlov", "HOLDS_POSITION", "Uralsk Avionika") in r.triples


def test_which_links_lists_members(extract) -> None:
    r = extract("The Andean Trade Council, which links Bolivia, Peru and Ecuador, criticised the tariffs.")
    for country in ("Bolivia", "Peru", "Ecuador"):
        assert (country, "MEMBER_OF", "Andean Trade Council") in r.triples


def test_which_x_joined(extract) -> None:
    r = extract("The Green Dawn Alliance, which the Student Action Front joined in May, called a strike.")
    assert ("Student Action Front", "MEMBER_OF", "Green Dawn Alliance") in r.triples


def test_its_candidate_is_a_member(extract) -> None:
    r = extract("The opposition Renewal Party boycotted the vote. Its candidate, Joana Mendes, was disqualified.")
    assert ("Joana Mendes", "MEMBER_OF", "Renewal Party") in r.triples


def test_a_persons_family_is_a_group(extract) -> None:
    r = extract("The kidnappers still hold engineer Lukas Brenner. Brenner's family appealed for his release.")
    assert r.kinds.get("Brenner's family") == "Group"
    assert ("Brenner's family", "FAMILY_OF", "Lukas Brenner") in r.triples


def test_brothers_share_a_surname(extract) -> None:
    r = extract("Two brothers, Tariq and Yusuf Mansour, were detained at the border.")
    assert r.kinds.get("Tariq Mansour") == "Person"
    assert ("Tariq Mansour", "FAMILY_OF", "Yusuf Mansour") in r.triples or \
        ("Yusuf Mansour", "FAMILY_OF", "Tariq Mansour") in r.triples


def test_spokesman_for_without_an_article(extract) -> None:
    r = extract("The arrests included Paul Tenga, spokesman for the Highland Defence Committee, on Tuesday.")
    assert ("Paul Tenga", "HOLDS_POSITION", "Highland Defence Committee") in r.triples


def test_member_of_the_collective_with_modifiers(extract) -> None:
    r = extract("Police held the rapper Nilo Vaz. Vaz, a member of the underground collective Voz 11J-Libre, "
                "had criticised the mayor.")
    assert ("Nilo Vaz", "MEMBER_OF", "Voz 11J-Libre") in r.triples


def test_named_in_a_list_is_not_an_appointment(extract) -> None:
    r = extract("The State Department named the province's police chief, Arman Beg, and two aides.")
    assert ("Arman Beg", "HOLDS_POSITION", "State Department") not in r.triples


def test_named_as_is_still_an_appointment(extract) -> None:
    r = extract("The Kenyan government on Monday named Grace Wanjiru as acting governor of the central bank.")
    assert any(s == "Grace Wanjiru" and t in ("HOLDS_POSITION", "LEADS") for s, t, _ in r.triples)


def test_organisation_name_joined_by_and_with_its_acronym(extract) -> None:
    r = extract("The Regional Security and Stabilisation Force (RSSF) said its patrols were attacked.")
    assert "Regional Security and Stabilisation Force" in r.kinds


def test_acronym_before_a_title_is_an_organisation(extract) -> None:
    r = extract("OSCE Secretary General Lena Koivisto visited the border on Friday.")
    assert ("Lena Koivisto", "LEADS", "OSCE") in r.triples


def test_los_opens_a_gang_name(extract) -> None:
    r = extract("Police blamed Los Halcones for the attack on the port.")
    assert r.kinds.get("Los Halcones") == "Organization"


def test_newly_listed_countries(extract) -> None:
    r = extract("Fiji and Vanuatu condemned the arrests, while Guinea-Bissau stayed silent.")
    assert {r.kinds.get(c) for c in ("Fiji", "Vanuatu", "Guinea-Bissau")} == {"Country"}


def test_a_group_in_no_relation_is_not_kept(extract) -> None:
    r = extract("About 200 soldiers gathered outside the town hall on Monday. Ghana sanctioned Togo.")
    assert "About 200 soldiers" not in r.kinds
    assert r.kinds.get("Ghana") == "Country"


def test_some_of_a_persons_partners_are_associated_with_them(extract) -> None:
    r = extract("Britain froze the assets of Viktor Lenski. Three of Lenski's business associates were also listed.")
    assert ("Three of Lenski's business associates", "ASSOCIATED_WITH", "Viktor Lenski") in r.triples


def test_regions_peoples_offices_and_nicknames_are_not_people(extract) -> None:
    r = extract('Russia has lost influence in the West Balkans, and Greek Cypriots fear the plan. The decision '
                'of the international High Representative angered Milan Kovac, known as "El Lobo", who was sanctioned '
                'by the United States.')
    assert {"West Balkans", "Greek Cypriots", "High Representative", "El Lobo"}.isdisjoint(r.kinds)
    assert r.kinds.get("Milan Kovac") == "Person"


def test_a_peoples_name_before_militia_is_not_an_organisation(extract) -> None:
    r = extract("Turkish drones struck a local Assyrian militia near the border, and Iraq protested.")
    assert "Assyrian" not in r.kinds


def test_a_community_leader_does_not_lead_the_state(extract) -> None:
    r = extract("On Monday the Greek Cypriot leader, Andreas Nikolaou, rejected the plan. The Croatian ambassador, "
                "Ivo Baric, left.")
    assert ("Andreas Nikolaou", "LEADS", "Cyprus") not in r.triples
    assert ("Ivo Baric", "HOLDS_POSITION", "Croatia") in r.triples


def test_new_opens_a_place_name_mid_sentence(extract) -> None:
    r = extract("Officials in New Caledonia said France had sent police. The unrest in New Caledonia worried "
                "Australia, and the protests in New Caledonia continued.")
    assert "Caledonia" not in r.kinds


def test_a_name_before_a_facility_noun_is_a_place(extract) -> None:
    r = extract("Finland accused Russia of photographing the Kestrel radar station and the Halla airstrip.")
    assert {"Kestrel", "Halla"}.isdisjoint(r.kinds)


def test_councillors_head_a_group(extract) -> None:
    r = extract("Gunmen abducted four local councillors in Kumbo, and the army attacked the Northern Ridge Brigade.")
    assert r.kinds.get("four local councillors") == "Group"


def test_the_companys_director_leads_the_company_named_before(extract) -> None:
    r = extract("Britain froze the assets of Kestrel Shipping Group and of the company's chief executive, Arne Solberg.")
    assert ("Arne Solberg", "LEADS", "Kestrel Shipping Group") in r.triples


def test_a_republican_senator_holds_a_us_post(extract) -> None:
    r = extract("Peru rejected the tariffs. A Democratic senator, Laura Whitfield, urged talks with Peru.")
    assert ("Laura Whitfield", "HOLDS_POSITION", "United States") in r.triples


def test_which_x_joined_after_an_apposition(extract) -> None:
    r = extract("The Delta Alliance, the largest opposition bloc, which the Workers Front joined in May, boycotted "
                "the vote.")
    assert ("Workers Front", "MEMBER_OF", "Delta Alliance") in r.triples


def test_a_country_contributing_troops_to_a_mission_is_a_member(extract) -> None:
    r = extract("Rwanda, which contributes soldiers to the United Nations Mission in South Sudan, denied the report.")
    assert ("Rwanda", "MEMBER_OF", "United Nations Mission") in r.triples


def test_breakaway_states_are_actors(extract) -> None:
    r = extract("Georgia accused Abkhazia of detaining two farmers, and officials in Tiraspol rejected the offer.")
    assert r.kinds.get("Abkhazia") == "Country"
    assert r.kinds.get("Transnistria") == "Country"


def test_predicate_role_is_the_leader_of(extract) -> None:
    r = extract("Sara Lindqvist is the leader of the Nordic Green Party.")
    assert ("Sara Lindqvist", "LEADS", "Nordic Green Party") in r.triples


def test_elected_chairman_of(extract) -> None:
    r = extract("Juma Ngala was elected chairman of the Unity Party on Sunday.")
    assert ("Juma Ngala", "LEADS", "Unity Party") in r.triples


def test_an_aide_to_a_person_is_a_personal_tie(extract) -> None:
    r = extract("Farid Haddad, an adviser to President Kamal Nassar, was arrested in Beirut.")
    assert ("Farid Haddad", "ASSOCIATED_WITH", "Kamal Nassar") in r.triples


def test_brother_of_in_an_apposition(extract) -> None:
    r = extract("Yuri Petrenko, the brother of Oleg Petrenko, was detained in Kyiv.")
    assert ("Yuri Petrenko", "FAMILY_OF", "Oleg Petrenko") in r.triples


def test_his_wife_after_the_person(extract) -> None:
    r = extract("The court sentenced Kamal Nassar and his wife, Leila Haddad, to five years.")
    assert ("Leila Haddad", "FAMILY_OF", "Kamal Nassar") in r.triples


def test_whose_son_is_family(extract) -> None:
    r = extract("Samir Khoury, whose son Karim Khoury was arrested, appealed for calm.")
    assert ("Karim Khoury", "FAMILY_OF", "Samir Khoury") in r.triples


def test_apposed_possessive_role(extract) -> None:
    r = extract("Ivan Sokol, Baltic Metals Group's chief executive, denied the charges.")
    assert ("Ivan Sokol", "LEADS", "Baltic Metals Group") in r.triples


def test_a_list_apposed_as_members(extract) -> None:
    r = extract("Mali, Niger and Chad, the three founding members of the Sahel Defence League, left the talks.")
    assert {("Mali", "MEMBER_OF", "Sahel Defence League"), ("Chad", "MEMBER_OF", "Sahel Defence League")} <= r.triples


def test_an_organisation_that_groups_states(extract) -> None:
    r = extract("The Indian Ocean Security Forum groups India, Kenya and Australia.")
    assert ("Kenya", "MEMBER_OF", "Indian Ocean Security Forum") in r.triples


def test_an_indefinite_or_deputy_leader_role_is_a_post(extract) -> None:
    r = extract("Tomas Ruiz, the deputy director of the Andean Finance Agency, resigned.")
    assert ("Tomas Ruiz", "HOLDS_POSITION", "Andean Finance Agency") in r.triples
    assert ("Tomas Ruiz", "LEADS", "Andean Finance Agency") not in r.triples


def test_a_headline_group_is_not_a_new_actor(extract) -> None:
    r = extract("Police in Minsk detained two of its reporters on Monday, the Baltic Radio Service said.",
                title="Belarus detains Lithuanian radio reporters")
    assert "Lithuanian radio reporters" not in r.kinds


def test_a_republic_in_a_name_is_not_a_person(extract) -> None:
    r = extract("The United States sanctioned officials of the Donetsk People's Republic and of Republika Krajina.")
    assert r.kinds.get("Republika Krajina") == "Organization"


def test_party_activists_are_members_of_the_party_just_named(extract) -> None:
    r = extract("The government dissolved the Green Horizon Party on Monday. Police detained dozens of party "
                "members in Lusaka, including former mayor Peter Banda.")
    assert ("dozens of party members", "MEMBER_OF", "Green Horizon Party") in r.triples
    assert ("Peter Banda", "MEMBER_OF", "Green Horizon Party") in r.triples


def test_a_title_before_an_alias_belongs_to_the_alias(extract) -> None:
    r = extract("The Sierra Madre Liberation Front ambushed a convoy. The group's commander, known by his alias "
                "Comandante Rafael, called for talks.")
    assert ("Rafael", "LEADS", "Sierra Madre Liberation Front") in r.triples


def test_the_role_and_its_body_before_the_name(extract) -> None:
    r = extract("The head of the International Maritime Organization, Rafael Gomez, visited Lagos.")
    assert ("Rafael Gomez", "LEADS", "International Maritime Organization") in r.triples
    assert r.kinds.get("Rafael Gomez") == "Person"


def test_a_titled_name_of_an_organisation_is_split(extract) -> None:
    r = extract("Opposition leader Maria Lopez of the Civic Union called for protests.")
    assert r.kinds.get("Maria Lopez") == "Person" and r.kinds.get("Civic Union") == "Organization"
    assert ("Maria Lopez", "LEADS", "Civic Union") in r.triples


def test_possessive_role_followed_by_since(extract) -> None:
    r = extract("Kofi Mensah, Ghana's president since 2021, rejected the claim.")
    assert ("Kofi Mensah", "LEADS", "Ghana") in r.triples


def test_a_former_member_is_not_a_member(extract) -> None:
    r = extract("Ahmed Karimi, a former member of the Islamic Resistance Front, was killed.")
    assert ("Ahmed Karimi", "MEMBER_OF", "Islamic Resistance Front") not in r.triples


def test_membership_lists_in_other_words(extract) -> None:
    made = extract("The Coastal Defence League is made up of Ghana, Togo and Benin.")
    among = extract("Ghana and Benin are among the members of the Coastal Defence League.")
    whose = extract("The Coastal Defence League, whose members include Ghana and Togo, met in Lome.")
    became = extract("Sweden became a member of the Baltic Security Council in 2024.")
    assert ("Benin", "MEMBER_OF", "Coastal Defence League") in made.triples
    assert ("Ghana", "MEMBER_OF", "Coastal Defence League") in among.triples
    assert ("Togo", "MEMBER_OF", "Coastal Defence League") in whose.triples
    assert ("Sweden", "MEMBER_OF", "Baltic Security Council") in became.triples


def test_kin_of_a_described_person(extract) -> None:
    r = extract("Lena Ivanova, the daughter of the late oligarch Boris Ivanov, was sanctioned.")
    assert ("Lena Ivanova", "FAMILY_OF", "Boris Ivanov") in r.triples


def test_owned_by_clause_and_subsidiary(extract) -> None:
    owned = extract("Volga Shipping Lines, which is owned by Pavel Kuznetsov, was sanctioned.")
    part = extract("Volga Shipping Lines, a subsidiary of Nordic Steel Group, was sanctioned.")
    assert ("Volga Shipping Lines", "ASSOCIATED_WITH", "Pavel Kuznetsov") in owned.triples
    assert ("Volga Shipping Lines", "ASSOCIATED_WITH", "Nordic Steel Group") in part.triples


def test_a_national_post_in_an_apposition(extract) -> None:
    r = extract("Ana Silva, a Brazilian diplomat, was expelled on Monday. Carla Diaz, a Brazilian journalist, left.")
    assert ("Ana Silva", "HOLDS_POSITION", "Brazil") in r.triples
    assert ("Carla Diaz", "HOLDS_POSITION", "Brazil") not in r.triples


def test_two_names_before_one_place_noun_are_places(extract) -> None:
    r = extract("Gunmen shut the Wafa and Bahr Essalam gas fields, and Tunisia protested.")
    assert {"Wafa", "Bahr Essalam"}.isdisjoint(r.kinds)


def test_a_persons_spokesman_is_tied_to_the_person_not_a_post(extract) -> None:
    r = extract("President Viktor Orlov's spokesman, Dmitry Pesko, said the talks had failed.")
    assert ("Dmitry Pesko", "ASSOCIATED_WITH", "Viktor Orlov") in r.triples
    assert ("Dmitry Pesko", "HOLDS_POSITION", "Viktor Orlov") not in r.triples


def test_joining_another_state_in_an_act_is_not_membership(extract) -> None:
    r = extract("Germany joined France in condemning the coup.")
    assert ("Germany", "MEMBER_OF", "France") not in r.triples


def test_jan_before_a_surname_is_a_given_name(extract) -> None:
    r = extract("Jan Dvorak, the Czech foreign minister, met Austria's chancellor on Jan. 5.")
    assert r.kinds.get("Jan Dvorak") == "Person"


def test_a_watchdog_named_after_a_comma_is_an_organisation(extract) -> None:
    r = extract("Kazakhstan's food safety watchdog, Kazagroinspektsiya, halted imports of Kyrgyz apples.")
    assert r.kinds.get("Kazagroinspektsiya") == "Organization"


def test_a_post_in_a_body_of_the_organisation_just_named(extract) -> None:
    r = extract("The court charged the Crimson Dawn Party's treasurer, Ilya Brod, and the head of its youth wing, "
                "Vera Lind.")
    assert ("Vera Lind", "HOLDS_POSITION", "Crimson Dawn Party") in r.triples


def test_a_kinsman_named_by_given_name_after_his_son(extract) -> None:
    r = extract("The dissident writer Kamal Nassar said his son, Karim, had been detained in Tunis.")
    assert ("Karim", "FAMILY_OF", "Kamal Nassar") in r.triples
