"""Round 4, actor mentions and standing ties: ships named after a ship noun, in apposed lists and again
bare later in the text."""

from __future__ import annotations


def test_ship_named_after_a_ship_noun_is_a_vessel(extract) -> None:
    r = extract("Greek authorities detained the freighter Blue Albatross near Crete on Friday.")
    assert r.kinds.get("Blue Albatross") == "Vessel"
    r = extract("Norway's coast guard escorted the Cyprus-flagged Morning Tide into Tromso.")
    assert r.kinds.get("Morning Tide") == "Vessel"
    r = extract("Oman seized the bulk carrier Golden Reed on Tuesday, officials said.")
    assert r.kinds.get("Golden Reed") == "Vessel"


def test_ships_listed_after_a_plural_ship_noun_are_vessels(extract) -> None:
    r = extract("Ecuador's navy intercepted three fishing boats, the Santa Rosa, the Mar Azul and the Estrella, "
                "off the Galapagos.")
    assert {r.kinds.get(n) for n in ("Santa Rosa", "Mar Azul", "Estrella")} == {"Vessel"}
    r = extract("The Treasury blacklisted the tankers Silver Crane and Amber Lotus on Monday.")
    assert r.kinds.get("Silver Crane") == r.kinds.get("Amber Lotus") == "Vessel"


def test_a_known_ship_named_bare_later_stays_a_vessel(extract) -> None:
    r = extract("Italy boarded the tanker Aurora Bay in the Adriatic on Monday. "
                "Aurora Bay had switched off its transponder, investigators said.")
    assert r.kinds.get("Aurora Bay") == "Vessel"
    assert not any(k == "Person" for n, k in r.kinds.items() if "Aurora" in n)


def test_a_weekday_or_country_after_a_ship_noun_is_not_a_ship(extract) -> None:
    r = extract("Iran said it had seized a tanker Monday in the Gulf.")
    assert "Monday" not in r.kinds
    r = extract("The ships Turkey sent to the area left on Friday.")
    assert r.kinds.get("Turkey") == "Country"


def test_international_conference_society_and_maritime_name_organisations(extract) -> None:
    r = extract("Oxfam International urged Chad to reopen the border crossing on Monday.")
    assert r.kinds.get("Oxfam International") == "Organization"
    r = extract("The Zambia Episcopal Conference offered to mediate between the government and the miners.")
    assert r.kinds.get("Zambia Episcopal Conference") == "Organization"
    r = extract("The Bar Society of Uganda accused the police of torturing detainees.")
    assert r.kinds.get("Bar Society of Uganda") == "Organization"
    r = extract("Brightwater Maritime said its crew had been released.")
    assert r.kinds.get("Brightwater Maritime") == "Organization"


def test_kin_of_apposition_or_predicate_is_family(extract) -> None:
    r = extract("Prosecutors charged Omar Haddad, who is the nephew of Samir Haddad, with fraud.")
    assert ("Omar Haddad", "FAMILY_OF", "Samir Haddad") in r.triples
    r = extract("Police questioned Lina Petrova, a nurse and the eldest daughter of Viktor Sokolov, on Friday.")
    assert ("Lina Petrova", "FAMILY_OF", "Viktor Sokolov") in r.triples
    r = extract("Also detained was Tomas Reyes, the cousin of the cartel's alleged treasurer, Ernesto Salgado.")
    assert ("Tomas Reyes", "FAMILY_OF", "Ernesto Salgado") in r.triples


def test_his_or_her_kin_names_a_relative_of_the_person_before(extract) -> None:
    r = extract("Soldiers detained Yusuf Demir at his home in Van on Monday. "
                "His daughter, Elif Demir, said he had done nothing wrong.")
    assert ("Elif Demir", "FAMILY_OF", "Yusuf Demir") in r.triples
    r = extract("Armed men kidnapped the mayor, Jorge Ibarra, on the highway. Her husband, Raul Medina, "
                "told reporters the family had received no ransom demand.")
    assert ("Raul Medina", "FAMILY_OF", "Jorge Ibarra") in r.triples


def test_no_family_tie_when_denied_or_unrelated(extract) -> None:
    r = extract("Karim Nasser is not the brother of Walid Nasser, his lawyer said.")
    assert ("Karim Nasser", "FAMILY_OF", "Walid Nasser") not in r.triples
    r = extract("Ana Duarte, the head of the clinic, met Paulo Reis on Monday.")
    assert not any(t[1] == "FAMILY_OF" for t in r.triples)


def test_demonym_then_a_remit_before_a_title_gives_the_person_and_country(extract) -> None:
    r = extract("Nigerian Petroleum Minister Adamu Bello said on Friday that output would rise.")
    assert ("Adamu Bello", "HOLDS_POSITION", "Nigeria") in r.triples
    r = extract("On Monday French Agriculture Minister Claire Dubois rejected the quota plan.")
    assert ("Claire Dubois", "HOLDS_POSITION", "France") in r.triples
    assert r.kinds.get("Claire Dubois") == "Person"
    assert set(r.kinds.values()) == {"Person", "Country"}  # the portfolio is no organisation


def test_the_bodys_title_points_to_the_organisation_named_by_that_noun(extract) -> None:
    r = extract("Brazil's Central Workers Union called a strike on Monday. "
                "The union's president, Marcos Lima, said talks had failed.")
    assert ("Marcos Lima", "LEADS", "Central Workers Union") in r.triples
    assert ("Marcos Lima", "LEADS", "Brazil") not in r.triples
    r = extract("Police raided the offices of the Tamale Traders Association and the Ghana Revenue Authority. "
                "The association's chairman, Ibrahim Seidu, condemned the raid.")
    assert ("Ibrahim Seidu", "LEADS", "Tamale Traders Association") in r.triples


def test_a_state_before_led_leads_the_organisation_and_members_skip_the_modifier(extract) -> None:
    r = extract("Mali and Niger are both members of the Paris-led Sahel Security Alliance, officials said.")
    assert ("France", "LEADS", "Sahel Security Alliance") in r.triples
    assert ("Mali", "MEMBER_OF", "Sahel Security Alliance") in r.triples
    assert ("Niger", "MEMBER_OF", "Sahel Security Alliance") in r.triples
    r = extract("Warships of the Washington-led Combined Maritime Task Force patrolled the strait on Monday.")
    assert ("United States", "LEADS", "Combined Maritime Task Force") in r.triples


def test_apposed_role_after_a_description_or_before_a_descriptive_noun_phrase(extract) -> None:
    r = extract("Police detained Rosa Quintero, a teacher and member of the Andean Farmers Federation, on Friday.")
    assert ("Rosa Quintero", "MEMBER_OF", "Andean Farmers Federation") in r.triples
    r = extract("Officers arrested Dmitri Volkov, chairman of the dockers' union SOYUZPORT, on Monday.")
    assert ("Dmitri Volkov", "LEADS", "SOYUZPORT") in r.triples


def test_a_peoples_name_before_a_role_noun_is_no_actor(extract) -> None:
    r = extract("Troops detained Aziz Karimov, an Uzbek journalist and member of the Free Press Union, in Osh.")
    assert "Uzbek" not in r.kinds
    assert ("Aziz Karimov", "MEMBER_OF", "Free Press Union") in r.triples


def test_a_name_of_an_organisation_is_a_person_working_there(extract) -> None:
    r = extract("Security agents detained reporter Amara Diallo of Radio Sahel Libre in Bamako on Sunday.")
    assert r.kinds.get("Amara Diallo") == "Person"
    assert r.kinds.get("Radio Sahel Libre") == "Organization"
    assert ("Amara Diallo", "MEMBER_OF", "Radio Sahel Libre") in r.triples
    r = extract("Researcher Hana Sato of the Tokyo Policy Institute said the sanctions had failed.")
    assert ("Hana Sato", "MEMBER_OF", "Tokyo Policy Institute") in r.triples
    r = extract("The Bank of Korea raised rates, and the Supreme Council of Elders met in Kabul.")
    assert r.kinds.get("Bank of Korea") == "Organization"
    assert "Supreme" not in r.kinds and "Bank" not in r.kinds


def test_state_legal_and_audit_officers_hold_a_post_in_the_country_of_the_article(extract) -> None:
    r = extract("Nepal's parliament met on Monday to debate the budget. "
                "Auditor General Sita Rai said the accounts were incomplete.")
    assert ("Sita Rai", "HOLDS_POSITION", "Nepal") in r.triples
    r = extract("Ecuador's courts resumed work on Monday. Chief prosecutor Lucia Andrade said the charges would stand.")
    assert ("Lucia Andrade", "HOLDS_POSITION", "Ecuador") in r.triples


def test_plural_possessive_inside_a_name_and_organisations_by_apposition_or_base(extract) -> None:
    r = extract("The Mombasa Seamen's Union called a strike on Monday.")
    assert r.kinds.get("Mombasa Seamen's Union") == "Organization"
    r = extract("Nigeria blamed the raid on Jund-al-Sahil, a Niger-based militia, and vowed to respond.")
    assert r.kinds.get("Jund-al-Sahil") == "Organization"
    r = extract("The port is run by a unit of Singapore-based Harbour Kestrel, the ministry said.")
    assert r.kinds.get("Harbour Kestrel") == "Organization"


def test_a_role_of_an_organisation_in_apposition_keeps_the_person(extract) -> None:
    r = extract("Spain extradited Pablo Herrera Soto, an alleged logistics operator of the Gulf Clan, to Colombia.")
    assert r.kinds.get("Pablo Herrera Soto") == "Person"
    r = extract("Police questioned Mikael Berg, a company director from Oslo, on Monday.")
    assert r.kinds.get("Mikael Berg") == "Person"


def test_a_participle_opening_the_sentence_and_a_ceasefire_line_are_no_actors(extract) -> None:
    r = extract("Masked gunmen stormed a bus depot in Quetta on Monday, police said.")
    assert "Masked" not in r.kinds
    r = extract("Unidentified militants fired rockets at the airport on Sunday.")
    assert "Unidentified" not in r.kinds
    r = extract("Cyprus accused Turkey of moving troops across the Green Line at dawn.")
    assert "Green Line" not in r.kinds


def test_a_post_under_the_head_of_a_body_is_a_post_in_that_body(extract) -> None:
    r = extract("Talks resumed after the African Union chairperson's special envoy, Amina Okoro, arrived in Juba.")
    assert ("Amina Okoro", "HOLDS_POSITION", "African Union") in r.triples
    r = extract("The World Bank president's chief of staff, Daniel Reyes, declined to comment.")
    assert ("Daniel Reyes", "HOLDS_POSITION", "World Bank") in r.triples


def test_the_owner_or_manager_of_a_ship_named_or_referred_to_as_the_ship(extract) -> None:
    r = extract("Egypt detained the bulk carrier Nile Falcon at Port Said on Friday. "
                "The vessel, which sailed from Odesa last week, is managed by Corvan Shipping, a Greek firm.")
    assert ("Corvan Shipping", "ASSOCIATED_WITH", "Nile Falcon") in r.triples
    r = extract("Investigators said the tanker Polar Wind was operated by Kestrel Marine Holdings.")
    assert ("Kestrel Marine Holdings", "ASSOCIATED_WITH", "Polar Wind") in r.triples


def test_the_ship_with_no_ship_named_before_is_no_actor(extract) -> None:
    r = extract("The ship sank off Crete on Monday, and Greece said it would investigate.")
    assert set(r.kinds) == {"Greece"}


def test_a_role_others_ascribe_is_reported(extract) -> None:
    r = extract("Troops captured Dario Mendez, whom prosecutors describe as the Norte Cartel's commander for the coast, "
                "near Turbo on Sunday.")
    rel = r.rel("Dario Mendez", "HOLDS_POSITION", "Norte Cartel")
    assert rel.status.value == "reported"
    r = extract("Police detained Omar Farouk, who the army calls the Hills Brigade's leader, in Kano.")
    assert ("Omar Farouk", "LEADS", "Hills Brigade") in r.triples


def test_a_body_on_a_subject_is_one_name(extract) -> None:
    r = extract("The Uganda Commission on Civil Liberties accused the police of torture on Monday.")
    assert r.kinds.get("Uganda Commission on Civil Liberties") == "Organization"
    r = extract("Russia on Tuesday rejected the proposal.")
    assert r.kinds.get("Russia") == "Country"


def test_rights_groups_are_an_actor_when_they_act(extract) -> None:
    r = extract("Rights groups accused Ethiopia of detaining journalists without charge.")
    assert ("Rights groups", "ACCUSES", "Ethiopia") in r.triples
    r = extract("Human rights activists condemned Iran over the executions on Sunday.")
    assert r.kinds.get("Human rights activists") == "Group"


def test_american_cabinet_titles_belong_to_the_united_states(extract) -> None:
    r = extract("Peru and Chile opened border talks in Lima on Monday. "
                "Secretary of State Ellen Marsh urged both sides to settle the dispute.")
    assert ("Ellen Marsh", "HOLDS_POSITION", "United States") in r.triples
    assert ("Ellen Marsh", "HOLDS_POSITION", "Peru") not in r.triples
    r = extract("Deputy Secretary of Defense Carl Whitby met Philippine officials in Manila on Friday.")
    assert ("Carl Whitby", "HOLDS_POSITION", "United States") in r.triples


def test_a_ships_captain_or_master_serves_on_the_ship_last_named(extract) -> None:
    r = extract("Turkey detained the freighter Amber Gull at Samsun on Monday. "
                "Its captain, Oleg Petrenko, was questioned by prosecutors.")
    assert ("Oleg Petrenko", "HOLDS_POSITION", "Amber Gull") in r.triples
    r = extract("Indonesia seized the tanker Blue Orchid off Batam. "
                "The tanker's master, an Indian national, Ravi Menon, denied wrongdoing.")
    assert ("Ravi Menon", "HOLDS_POSITION", "Blue Orchid") in r.triples
    r = extract("Its captain, Oleg Petrenko, said the club would appeal.")
    assert not r.triples
