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


def test_hyphenated_given_name_is_kept_whole(extract) -> None:
    r = extract("Security Secretary Wong Tak-ming urged calm on Monday.")
    assert r.kinds.get("Wong Tak-ming") == "Person"


def test_hong_kong_is_a_territory_with_a_leader(extract) -> None:
    r = extract("Hong Kong Chief Executive Victor Lam Ka-wing defended the new security law on Monday.")
    assert r.kinds.get("Hong Kong") == "Country"
    assert ("Victor Lam Ka-wing", "LEADS", "Hong Kong") in r.triples


def test_place_before_a_noun_after_an_article_only_describes_it(extract) -> None:
    r = extract("Norway sanctioned a Riga shipping company and a Hong Kong-registered tanker operator on Monday.")
    assert "Latvia" not in r.kinds and "Hong Kong" not in r.kinds


def test_court_of_a_capital_still_stands_for_the_state(extract) -> None:
    r = extract("A Kyiv court has charged Oleh Marchenko with treason.")
    assert ("Ukraine", "INVESTIGATES", "Oleh Marchenko") in r.triples


def test_currency_prefix_is_not_an_organisation(extract) -> None:
    r = extract("Police in Singapore offered rewards of HK$2 million for the suspects.")
    assert "HK" not in r.kinds


def test_organisation_as_remit_before_a_title(extract) -> None:
    r = extract("Senate Majority Leader Tom Harlan demanded new tariffs on Canada.")
    assert r.kinds.get("Tom Harlan") == "Person"
    assert r.kinds.get("Senate Majority") == "Organization"
    assert ("Tom Harlan", "LEADS", "Senate Majority") in r.triples


def test_group_target_extends_to_the_named_members_it_includes(extract) -> None:
    r = extract("Police in Lusaka arrested at least 30 party members overnight, including former interior minister "
                "Joseph Banda.")
    assert ("Zambia", "COERCES", "Joseph Banda") in r.triples


def test_former_before_a_modified_title_blocks_the_position(extract) -> None:
    r = extract("Peru expelled Chilean diplomats. Police detained former home affairs minister Hugo Salas in Lima.")
    assert not any(s == "Hugo Salas" and t in ("HOLDS_POSITION", "LEADS") for s, t, _ in r.triples)


def test_exiled_officer_still_holds_the_position(extract) -> None:
    r = extract("The Green Unity Party was banned on Monday. The party, speaking through its exiled general "
                "secretary, Ana Moyo, rejected the ruling.")
    assert ("Ana Moyo", "HOLDS_POSITION", "Green Unity Party") in r.triples


def test_the_party_refers_to_a_league_or_congress(extract) -> None:
    r = extract("Courts banned the Popular Renewal League on Monday. Her lawyer said nothing. The party, through its "
                "spokesman, Omar Diallo, called the ruling unlawful.")
    assert ("Omar Diallo", "HOLDS_POSITION", "Popular Renewal League") in r.triples


def test_professor_is_a_rank_not_part_of_the_name(extract) -> None:
    r = extract("Protesters accused the interim leader, Professor Amina Okafor, of delaying the vote.")
    assert "Amina Okafor" in r.kinds and "Professor Amina Okafor" not in r.kinds


def test_titled_person_not_the_state_is_the_subject_of_a_second_verb(extract) -> None:
    r = extract("Peru's foreign minister, Ana Ruiz Mora, called the measures unlawful and accused Washington of "
                "bullying Lima.")
    assert ("Ana Ruiz Mora", "ACCUSES", "United States") in r.triples
    assert ("Peru", "ACCUSES", "United States") not in r.triples


def test_demonym_government_spokesman_is_the_speaker_who_demands(extract) -> None:
    r = extract("Chilean government spokesman Pablo Soto said the raids were illegal and demanded that Lima "
                "withdraw its troops.")
    assert ("Pablo Soto", "DEMANDS", "Peru") in r.triples


def test_abbreviated_ranks_are_not_names(extract) -> None:
    r = extract("Bolivia's army spokesman, Lt. Gen. Hugo Quispe, accused Peru of shelling a school.")
    assert "Lt" not in r.kinds and "Gen" not in r.kinds
    assert ("Hugo Quispe", "HOLDS_POSITION", "Bolivia") in r.triples


def test_owner_with_lowercase_modifiers_before_the_title(extract) -> None:
    r = extract("Nepal's interior ministry spokesman, Ram Thapa, met Indian officials on Monday.")
    assert ("Ram Thapa", "HOLDS_POSITION", "Nepal") in r.triples


def test_exchanging_fire_is_a_mutual_attack(extract) -> None:
    r = extract("Peruvian and Chilean troops exchanged artillery fire near the border on Monday.")
    assert {("Peru", "ATTACKS", "Chile"), ("Chile", "ATTACKS", "Peru")} <= r.triples


def test_coordinated_parties_that_clashed_attack_each_other(extract) -> None:
    r = extract("Armenia and Azerbaijan fought along the frontier overnight. Russia fought Ukraine in 2022.")
    assert {("Armenia", "ATTACKS", "Azerbaijan"), ("Azerbaijan", "ATTACKS", "Armenia")} <= r.triples
    assert ("Russia", "ATTACKS", "Ukraine") in r.triples and ("Ukraine", "ATTACKS", "Russia") not in r.triples


def test_sentence_initial_it_is_the_organisation_the_last_sentence_opened_with(extract) -> None:
    r = extract("The Popular Renewal League was banned on Monday. It accused the interim leader, Professor Amina "
                "Okafor, of rigging the vote.")
    assert ("Popular Renewal League", "ACCUSES", "Amina Okafor") in r.triples


def test_expletive_it_is_not_an_actor(extract) -> None:
    r = extract("Canada's embassy said nothing. It is unclear whether Russia will attack Ukraine.")
    assert not any(s == "Canada" for s, _, _ in r.triples)


def test_summoning_a_demonym_ambassador_protests_to_that_state(extract) -> None:
    r = extract("Turkey's foreign ministry summoned the Dutch envoy on Tuesday.")
    assert ("Turkey", "PROTESTS", "Netherlands") in r.triples


def test_a_reward_for_someone_is_not_an_offer_to_them(extract) -> None:
    r = extract("The United States has offered up to $5 million for information on Musa Kamara. "
                "Police offered rewards of $2 million for six activists. Qatar offered Sudan a loan.")
    assert not any(t == "OFFERS" and g in ("Musa Kamara", "six activists") for _, t, g in r.triples)
    assert ("Qatar", "OFFERS", "Sudan") in r.triples


def test_pledged_or_ready_aid_is_an_offer(extract) -> None:
    r = extract("The European Union has pledged 250 million euros to help Moldova cover energy costs. "
                "Ukraine said it was ready to supply Moldova from its own storage.")
    assert ("European Union", "OFFERS", "Moldova") in r.triples
    assert r.rel("Ukraine", "OFFERS", "Moldova").status.value == "asserted"
    assert not any(t == "AIDS" for _, t, _ in r.triples)


def test_sending_a_state_a_request_is_a_demand(extract) -> None:
    r = extract("Bangladesh's government on Thursday sent India a second formal request for the extradition of "
                "Hasan Ali.")
    assert ("Bangladesh", "DEMANDS", "India") in r.triples


def test_arrest_warrant_for_someone_is_an_investigation(extract) -> None:
    r = extract("Georgian prosecutors issued an arrest warrant for Levan Gelashvili on Monday.")
    assert ("Georgia", "INVESTIGATES", "Levan Gelashvili") in r.triples


def test_who_runs_an_organisation_leads_it(extract) -> None:
    r = extract("Among those named was Daniel Fung, who runs the advocacy group Freedom Watch Asia.")
    assert ("Daniel Fung", "LEADS", "Freedom Watch Asia") in r.triples


def test_bare_state_title_belongs_to_the_country_the_sentence_opens_with(extract) -> None:
    r = extract("Cuba thanked its partners. Cuba denounced the blockade. Mexico, which has shipped fuel to Cuba since "
                "2023, will keep doing so, President Ana Lucia Torres told reporters on Tuesday.")
    assert ("Ana Lucia Torres", "LEADS", "Mexico") in r.triples
    assert ("Ana Lucia Torres", "LEADS", "Cuba") not in r.triples


_SHIPPER = ("Norway on Monday sanctioned a Riga shipping company and its owner for moving oil to Iran. The Foreign "
            "Ministry said Baltic Star Tankers and its owner, Ivars Ozols, had shipped crude since 2022.")


def test_indefinite_description_is_linked_to_the_name_given_next(extract) -> None:
    r = extract(_SHIPPER)
    assert ("Norway", "SANCTIONS", "Baltic Star Tankers") in r.triples
    assert ("Norway", "SANCTIONS", "Ivars Ozols") in r.triples
    assert ("Norway", "SANCTIONS", "Foreign Ministry") not in r.triples


def test_name_followed_by_its_owner_is_an_organisation_owned_by_the_apposed_person(extract) -> None:
    r = extract(_SHIPPER)
    assert r.kinds["Baltic Star Tankers"] == "Organization"
    assert ("Ivars Ozols", "ASSOCIATED_WITH", "Baltic Star Tankers") in r.triples


def test_description_is_not_linked_to_a_party_named_in_its_own_sentence(extract) -> None:
    r = extract("Canada sanctioned a Dubai trading firm for supplying the Volta Brigades. Canadian officials said "
                "nothing more.")
    assert ("Canada", "SANCTIONS", "Volta Brigades") not in r.triples


def test_predicative_description_is_not_linked(extract) -> None:
    r = extract("Ivars Ozols said his firm is a shipping company with no ties to Iran. Norway sanctioned Baltic "
                "Star Tankers Ltd on Monday.")
    assert ("Ivars Ozols", "ASSOCIATED_WITH", "Baltic Star Tankers Ltd") not in r.triples
    assert len([t for t in r.triples if t[2] == "Baltic Star Tankers Ltd"]) == 1


def test_declared_acronym_is_an_alias_whatever_its_letters(extract) -> None:
    r = extract("Ankara says the area is used by the outlawed Kurdistan Workers' Party, or PKK. Turkey struck PKK "
                "positions on Monday.")
    assert "PKK" not in r.kinds
    assert ("Turkey", "ATTACKS", "Kurdistan Workers' Party") in r.triples


def test_parenthesised_acronym_is_an_alias(extract) -> None:
    r = extract("Rebels attacked the Joint Force for Peace in Liberia (JOFPEL) on Monday. JOFPEL said two soldiers "
                "died.")
    assert "JOFPEL" not in r.kinds


def test_place_before_based_or_flagged_is_not_an_actor(extract) -> None:
    r = extract("Daniel Fung, who runs the Washington-based advocacy group Freedom Watch Asia, was charged. "
                "Greece seized a Panama-flagged tanker.")
    assert "United States" not in r.kinds and "Panama" not in r.kinds


def test_object_it_is_the_state_named_before_it(extract) -> None:
    r = extract("Adviser Mahbub Khan said New Delhi had not replied to the request and urged it to respect the "
                "treaty.")
    assert ("Mahbub Khan", "DEMANDS", "India") in r.triples


def test_object_them_is_the_group_named_before_it(extract) -> None:
    r = extract("Belarusian police issued arrest warrants for six exiled journalists on Tuesday, accusing them of "
                "extremism.")
    assert ("Belarus", "ACCUSES", "six exiled journalists") in r.triples


def test_one_word_name_with_forces_or_a_leader_is_an_actor_even_after_of(extract) -> None:
    r = extract("Somalia accused the administration of Dhulbahante of blocking aid. Dhulbahante forces later "
                "attacked a convoy, and Dhulbahante's leader, Ali Warsame, rejected the claim.")
    assert r.kinds.get("Dhulbahante") == "Organization"
    assert ("Ali Warsame", "LEADS", "Dhulbahante") in r.triples


def test_designated_as_financiers_of_a_group_aids_it_allegedly(extract) -> None:
    r = extract("Japan on Monday designated Orchid Trading and Min Htet as financiers of the militant group Volta "
                "Brigades.")
    assert r.rel("Orchid Trading", "AIDS", "Volta Brigades").status.value == "alleged"
    assert ("Min Htet", "AIDS", "Volta Brigades") in r.triples


def test_removal_of_someone_by_a_body_coerces_them(extract) -> None:
    r = extract("The strike followed the removal last week of Omar Said, governor of the central bank, by the "
                "Government of National Salvation.")
    assert ("Government of National Salvation", "COERCES", "Omar Said") in r.triples


def test_dismissing_a_demonym_complaint_rejects_that_state(extract) -> None:
    r = extract("Turkish Defence Minister Cemil Arslan dismissed the Iraqi complaint on Monday.")
    assert ("Cemil Arslan", "REJECTS", "Iraq") in r.triples


def test_a_planned_visit_is_a_hypothetical_meeting(extract) -> None:
    r = extract("Iraqi Prime Minister Falih Zubaidi is due in Ankara next month.")
    assert r.rel("Falih Zubaidi", "MEETS_WITH", "Turkey").status.value == "hypothetical"


def test_businesses_and_makers_head_collective_groups(extract) -> None:
    r = extract("Canada sanctioned nine Iranian businesses and two Turkish drone makers on Friday.")
    assert r.kinds.get("nine Iranian businesses") == "Group"
    assert ("Canada", "SANCTIONS", "two Turkish drone makers") in r.triples


def test_ally_of_a_state_supports_it(extract) -> None:
    r = extract("China, a close ally of Phnom Penh, urged restraint on Friday.")
    assert ("China", "SUPPORTS", "Cambodia") in r.triples


def test_ally_of_a_titled_person_is_associated_with_the_person(extract) -> None:
    r = extract("Speaker Aqila Rahuma spoke on Monday. Rahuma is a long-standing ally of the LNA's commander, "
                "Marshal Salem Obeidi.")
    assert ("Aqila Rahuma", "ASSOCIATED_WITH", "Salem Obeidi") in r.triples
    assert ("Aqila Rahuma", "SUPPORTS", "LNA") not in r.triples


def test_detention_on_charges_is_also_an_investigation(extract) -> None:
    r = extract("Moldovan officers detained the governor of the region, Ana Popa, at the airport on Wednesday on "
                "charges of bribery. Police in Chisinau arrested Ion Rusu on suspicion of fraud.")
    assert ("Moldova", "INVESTIGATES", "Ana Popa") in r.triples
    assert not any(g == "Ion Rusu" and t == "INVESTIGATES" for _, t, g in r.triples)


def test_ministry_spokesman_speaks_for_the_state_of_the_article(extract) -> None:
    r = extract("China sanctioned Lithuania. A ministry spokesman, Shu Jian, said the step was necessary.")
    assert ("Shu Jian", "HOLDS_POSITION", "China") in r.triples


def test_its_leader_after_a_preposition_is_the_organisation_named_last(extract) -> None:
    r = extract("The United States designated the Volta Front a terrorist organisation in 2021 and has offered up to "
                "$5 million for information on its leader, Musa Kamara.")
    assert ("Musa Kamara", "LEADS", "Volta Front") in r.triples
    assert ("Musa Kamara", "LEADS", "United States") not in r.triples


def test_providing_someone_with_aid_aids_them(extract) -> None:
    r = extract("The firm did not respond, and Beijing denies providing Russia with any lethal assistance.")
    assert r.rel("China", "AIDS", "Russia").status.value == "denied"


def test_added_to_a_list_designates_or_sanctions(extract) -> None:
    r = extract("China on Wednesday added four European defence companies to its \"unreliable entity\" list.")
    assert ("China", "DESIGNATES", "four European defence companies") in r.triples
    r = extract("The United States sanctioned Amir Khan on Monday. Bashir Ali was also added to the sanctions list.")
    rel = r.rel("United States", "SANCTIONS", "Bashir Ali")
    assert rel.properties.get("agent") == "implicit"


def test_some_of_a_persons_associates_form_a_group(extract) -> None:
    r = extract("The United States sanctioned Amir Khan on Monday. Two of Khan's business partners were also "
                "sanctioned.")
    assert r.kinds.get("Two of Khan's business partners") == "Group"


def test_accusing_each_other_is_mutual(extract) -> None:
    r = extract("Armenia and Azerbaijan accused each other of shelling villages.")
    assert {("Armenia", "ACCUSES", "Azerbaijan"), ("Azerbaijan", "ACCUSES", "Armenia")} <= r.triples


def test_each_side_blamed_the_other_refers_to_the_two_sides(extract) -> None:
    r = extract("Peruvian and Chilean troops exchanged fire near the border. Each side blamed the other for firing "
                "first on Wednesday.")
    assert {("Peru", "ACCUSES", "Chile"), ("Chile", "ACCUSES", "Peru")} <= r.triples


def test_demonym_counterparts_stand_for_their_states(extract) -> None:
    r = extract("Malaysian Foreign Minister Azlan Yusri spoke by telephone with his Thai and Cambodian counterparts "
                "on Thursday.")
    assert {("Azlan Yusri", "MEETS_WITH", "Thailand"), ("Azlan Yusri", "MEETS_WITH", "Cambodia")} <= r.triples


def test_in_contact_with_both_capitals_meets_both(extract) -> None:
    r = extract("Thai and Cambodian troops exchanged fire. The United States said it was in contact with both "
                "capitals.")
    assert {("United States", "MEETS_WITH", "Thailand"), ("United States", "MEETS_WITH", "Cambodia")} <= r.triples


def test_suspecting_a_state_of_an_act_accuses_it(extract) -> None:
    r = extract("Thai officials reportedly suspect Phnom Penh of moving heavy weapons close to the frontier.")
    assert r.rel("Thailand", "ACCUSES", "Cambodia").status.value == "reported"


def test_of_country_after_a_titled_name_is_split_off(extract) -> None:
    r = extract("Foreign Minister Azlan Yusri of Malaysia arrived in Hanoi on Thursday.")
    assert r.kinds.get("Azlan Yusri") == "Person"
    assert ("Azlan Yusri", "HOLDS_POSITION", "Malaysia") in r.triples


def test_the_government_is_the_state_whose_leader_was_just_named(extract) -> None:
    r = extract("Rwanda sent troops. Rwanda paid. Rwandan officials spoke. Mozambican President Alberto Nhantumbo on "
                "Tuesday replaced his defence minister. Opposition leader Lazaro Muchanga accused the government of "
                "neglecting the north.")
    assert ("Lazaro Muchanga", "ACCUSES", "Mozambique") in r.triples
    assert ("Lazaro Muchanga", "ACCUSES", "Rwanda") not in r.triples


def test_storming_or_overrunning_positions_is_an_attack(extract) -> None:
    r = extract("Hamas fighters stormed Israeli positions on Monday. Rebels overran Malian army posts.")
    assert ("Hamas", "ATTACKS", "Israel") in r.triples


def test_business_names_by_suffix_or_inner_capital_are_organisations(extract) -> None:
    r = extract("TotalEnergies said the attack would not affect its plans. Hallberg Aerotechnik denied selling "
                "parts to Taiwan, and Norway sanctioned Rosneft.")
    assert r.kinds.get("TotalEnergies") == "Organization"
    assert r.kinds.get("Hallberg Aerotechnik") == "Organization"
    assert r.kinds.get("Rosneft") == "Organization"


def test_treaties_are_not_actors_and_adjectives_after_the_are_not_names(extract) -> None:
    r = extract("Prisoners would be treated in line with the Geneva Conventions. Egypt did not join the Western "
                "statement.")
    assert "Geneva Conventions" not in r.kinds and "Western" not in r.kinds


def test_brussels_is_the_union_in_an_article_about_the_eu(extract) -> None:
    r = extract("The European Union sanctioned nine firms on Monday. China urged Brussels to correct its mistakes.")
    assert ("China", "DEMANDS", "European Union") in r.triples
    assert "Belgium" not in r.kinds


def test_fast_trigger_scan_finds_exactly_the_word_bounded_matches() -> None:
    from actorgraph.loaders.extractor.lexicon import lexicon

    text = ("unmet demands: kenya met uganda, re-sanctioned firms were sanctioned; the farm armed rebels and "
            "pre-talks talks with x-rays; exchanged heavy artillery fire. reimposed sanctions on iran")
    for trig in lexicon().triggers:
        assert [m.span() for m in trig.finditer(text)] == [m.span() for m in trig.pattern.finditer(text)], \
            trig.pattern.pattern


def test_a_description_that_names_itself_is_that_organisation(extract) -> None:
    r = extract("Insurgents overran the town. The group, which calls itself the Volta Front, said it would attack "
                "Mali again.")
    assert ("Volta Front", "ATTACKS", "Mali") in r.triples


def test_paid_by_is_passive_funding(extract) -> None:
    r = extract("Drone strikes killed six fighters near Sinjar. The militia, known as the Sinjar Defence Units, is "
                "paid by the Iraqi state.")
    assert ("Iraq", "AIDS", "Sinjar Defence Units") in r.triples
    assert ("Sinjar Defence Units", "AIDS", "Iraq") not in r.triples


def test_quoted_negation_still_negates(extract) -> None:
    r = extract("A spokesman said Ottawa was \"not considering\" sanctions against Gazprom.")
    rels = [x for x in r.extraction.relations if x.type == "SANCTIONS"]
    assert rels and all(x.status.value == "negated" for x in rels)


def test_a_qualified_group_of_people_is_a_group(extract) -> None:
    r = extract("In Ottawa, a cross-party group of senators urged Global Affairs Canada to act against Iran.")
    assert r.kinds.get("a cross-party group of senators") == "Group"


def test_killing_a_states_soldiers_attacks_that_state(extract) -> None:
    r = extract("Volta Front fighters stormed the base near Gao on June 4, killing at least 30 Malian soldiers. "
                "Gunmen attacked a village, killing 12 people.")
    assert ("Volta Front", "ATTACKS", "Mali") in r.triples
    assert not any(g in ("12 people", "at least 30 Malian soldiers") for _, _, g in r.triples)
