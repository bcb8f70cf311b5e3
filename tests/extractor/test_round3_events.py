"""Round 3, events inside one sentence: meeting verbs with time phrases, counterparts named after a comma,
reported speech and its agents, participial clauses sharing the main subject, and missing trigger words."""

from __future__ import annotations

from actorgraph.graph.registry import RelationStatus


def test_phone_call_with_a_time_phrase_before_the_partner(extract) -> None:
    r = extract("Foreign Minister Anna Keller spoke by telephone on Friday with Peruvian Foreign Minister Luis Quispe.")
    assert ("Anna Keller", "MEETS_WITH", "Luis Quispe") in r.triples


def test_perfect_tense_spoken_to(extract) -> None:
    r = extract("Chilean Foreign Minister Anna Keller said she had spoken to Foreign Minister Luis Quispe of Peru.")
    assert ("Anna Keller", "MEETS_WITH", "Luis Quispe") in r.triples


def test_discussed_a_topic_with(extract) -> None:
    r = extract("President Omar Diallo discussed border security with Ghanaian President Kofi Mensah in Accra.")
    assert ("Omar Diallo", "MEETS_WITH", "Kofi Mensah") in r.triples


def test_counterpart_named_after_a_comma_is_the_partner(extract) -> None:
    r = extract("Chilean Foreign Minister Anna Keller met her Peruvian counterpart, Luis Quispe, in Lima on Monday.")
    assert ("Anna Keller", "MEETS_WITH", "Luis Quispe") in r.triples
    assert ("Anna Keller", "MEETS_WITH", "Peru") not in r.triples


def test_no_plans_to_is_a_negation(extract) -> None:
    r = extract('A Kremlin spokesman, Ivan Petrov, said President Oleg Sokolov had "no plans" to call '
                "his Georgian counterpart, Levan Beridze.")
    assert r.rel("Oleg Sokolov", "MEETS_WITH", "Levan Beridze").status == RelationStatus.NEGATED


def test_pronoun_after_said_is_the_speaker_past_a_relative_clause_with_a_list(extract) -> None:
    r = extract("The Andean Council, which groups Peru, Bolivia and the MAS, said on Friday that it backed the MAS "
                "in its bid for a recount and called on Lima to free the four.")
    assert ("Andean Council", "SUPPORTS", "MAS") in r.triples
    assert ("Andean Council", "DEMANDS", "Peru") in r.triples
    assert ("MAS", "DEMANDS", "Peru") not in r.triples


def test_official_speaking_for_the_bloc_is_the_agent(extract) -> None:
    r = extract('The EU\'s foreign policy chief, Ana Moreira, said on Monday the bloc stood in "full solidarity" '
                "with Bolivia and urged Peru to withdraw its troops.")
    assert ("Ana Moreira", "SUPPORTS", "Bolivia") in r.triples
    assert ("Ana Moreira", "DEMANDS", "Peru") in r.triples


def test_stood_by_and_expressed_solidarity_are_support(extract) -> None:
    r = extract("Chile condemned the Peruvian decision and said it stood by Bolivia.")
    assert ("Chile", "SUPPORTS", "Bolivia") in r.triples
    r = extract('Paraguay expressed "full solidarity" with Bolivia on Monday.')
    assert ("Paraguay", "SUPPORTS", "Bolivia") in r.triples


def test_standing_by_while_others_act_is_not_support(extract) -> None:
    r = extract("Chile stood by as Peru seized the port.")
    assert ("Chile", "SUPPORTS", "Peru") not in r.triples


def test_reported_money_transfer_accuses_each_coordinated_party(extract) -> None:
    r = extract("The Finance Ministry said Zarvan Trading and its owner, Idris Kamali, had moved at least $2 million "
                "to the rebels since 2022.")
    assert ("Finance Ministry", "ACCUSES", "Zarvan Trading") in r.triples
    assert ("Finance Ministry", "ACCUSES", "Idris Kamali") in r.triples


def test_reported_stockpiling_by_a_titled_officer_is_an_accusation(extract) -> None:
    r = extract("Government spokesman Pedro Lima said General Rui Costa and his allies had stockpiled weapons "
                "at a farm near the capital.")
    assert ("Pedro Lima", "ACCUSES", "Rui Costa") in r.triples


def test_reported_neutral_travel_is_not_an_accusation(extract) -> None:
    r = extract("The Finance Ministry said Idris Kamali had moved to Lisbon in 2022.")
    assert not any(t == "ACCUSES" for _, t, _ in r.triples)


def test_arrest_warrants_then_a_bounty_for_the_wanted(extract) -> None:
    r = extract("Belarusian police on Monday issued arrest warrants and offered rewards of $50,000 each for "
                "three exiled activists, accusing them of treason.")
    assert ("Belarus", "INVESTIGATES", "three exiled activists") in r.triples


def test_not_intimidated_by_is_defiance(extract) -> None:
    r = extract("Estonia will not be intimidated by Russia, Prime Minister Kaja Tamm said.")
    assert ("Estonia", "REJECTS", "Russia") in r.triples
    r = extract('Estonia will not be intimidated by "Russian propaganda", Prime Minister Kaja Tamm said.')
    assert ("Estonia", "REJECTS", "Russia") not in r.triples


def test_subject_with_an_appositive_naming_its_parent_and_abbreviations(extract) -> None:
    r = extract("The Sahel Liberation Front (SLF), the armed wing of the Tuareg Unity Movement (TUM), "
                "seized Pierre Lambert in March.")
    assert ("Sahel Liberation Front", "COERCES", "Pierre Lambert") in r.triples
    assert ("Tuareg Unity Movement", "COERCES", "Pierre Lambert") not in r.triples


def test_ordered_to_leave_is_an_expulsion(extract) -> None:
    r = extract("Poland on Monday ordered three Belarusian diplomats to leave the country within a week.")
    assert ("Poland", "COERCES", "three Belarusian diplomats") in r.triples
    r = extract("Poland ordered an inquiry into the Belarusian leak.")
    assert not any(t == "COERCES" for _, t, _ in r.triples)


def test_said_someone_should_act_is_a_demand(extract) -> None:
    r = extract("Fiji's prime minister, Sitiveni Rabuka, said on Monday that the Pacific Islands Forum should send "
                "a fact-finding mission to Bougainville.")
    assert ("Sitiveni Rabuka", "DEMANDS", "Pacific Islands Forum") in r.triples


def test_judging_the_past_is_not_a_demand(extract) -> None:
    r = extract("Mali said France should have known better.")
    assert ("Mali", "DEMANDS", "France") not in r.triples


def test_condition_on_a_threat_is_a_demand(extract) -> None:
    r = extract("In a video, a rebel commander, Jonas Wenda, said the pilot would be shot if Indonesia did not pull "
                "its troops out of the highlands.")
    assert ("Jonas Wenda", "DEMANDS", "Indonesia") in r.triples
    r = extract("The Sahel Liberation Front threatened to kill the hostage unless France pays a ransom.")
    assert ("Sahel Liberation Front", "DEMANDS", "France") in r.triples


def test_name_after_a_possessive_inside_a_prepositional_phrase_is_not_the_subject(extract) -> None:
    r = extract("Rebels in Peru's Ayacucho Front territory threatened to kill the hostage unless Lima pays a ransom.")
    assert not any(s == "Ayacucho Front" for s, _, _ in r.triples)


def test_working_with_is_cooperation(extract) -> None:
    r = extract("Colombia's national police said they were working with Ecuadorian investigators to trace him.")
    assert ("Colombia", "COOPERATES_WITH", "Ecuador") in r.triples


def test_coordination_through_a_hyphenated_adjective(extract) -> None:
    r = extract("Prime Minister Ana Ruiz has offered to host both the MAS and the pro-government Patriotic Front "
                "in Madrid next month.")
    assert ("Ana Ruiz", "OFFERS", "Patriotic Front") in r.triples


def test_coordinated_offer_takes_the_recipient_of_the_friendly_verb_before(extract) -> None:
    r = extract('Prime Minister Kemal Aydin expressed "full solidarity" with Azerbaijan and offered Turkish help '
                "in resolving the dispute.")
    assert ("Kemal Aydin", "OFFERS", "Azerbaijan") in r.triples
    assert ("Kemal Aydin", "OFFERS", "Turkey") not in r.triples


def test_coordinated_offer_after_a_hostile_verb_takes_no_recipient(extract) -> None:
    r = extract("Chile condemned Peru and offered Bolivian help.")
    assert ("Chile", "OFFERS", "Peru") not in r.triples


def test_reported_denial_or_own_side_is_not_an_accusation(extract) -> None:
    r = extract("Rui Costa said his organisation had received no money from any foreign government and was "
                "funded by its members.")
    assert not any(t == "ACCUSES" for _, t, _ in r.triples)
    r = extract("Mission spokesman Colonel Pedro Lima said the Andean Council had not fought the rebels.")
    assert not any(t == "ACCUSES" for _, t, _ in r.triples)


def test_object_of_a_later_coordinated_verb_is_not_the_first_verbs(extract) -> None:
    r = extract("President Luis Arce welcomed the decision and on Friday sent 2,000 soldiers into the mines.")
    assert not any(t == "SUPPORTS" and o == "2,000 soldiers" for _, t, o in r.triples)


def test_two_verbs_sharing_one_object_still_do(extract) -> None:
    r = extract("A Chinese coast guard vessel rammed and boarded a Vietnamese navy patrol boat near the Paracel Islands.")
    assert ("China", "ATTACKS", "Vietnam") in r.triples


def test_organisation_before_a_capitalised_title_qualifies_the_person(extract) -> None:
    r = extract("Prime Minister Erik Dahl discussed Arctic security with NATO Secretary General Pieter Smit in Oslo.")
    assert ("Erik Dahl", "MEETS_WITH", "Pieter Smit") in r.triples
    assert ("Erik Dahl", "MEETS_WITH", "NATO") not in r.triples


def test_subject_pronoun_is_never_an_object(extract) -> None:
    r = extract('Government spokesman Pedro Lima said General Rui Costa had been in contact with "foreign backers" '
                "he declined to name.")
    assert not any(t == "MEETS_WITH" for _, t, _ in r.triples)


def test_summoning_an_ambassador_protests_to_the_state(extract) -> None:
    r = extract("Russia's foreign ministry summoned Georgia's ambassador, Levan Beridze, on Tuesday.")
    assert ("Russia", "PROTESTS", "Georgia") in r.triples
    assert ("Russia", "PROTESTS", "Levan Beridze") not in r.triples


def test_nominal_event_negated_after_its_target(extract) -> None:
    r = extract("EU diplomats said that sanctions against Ankara were not being considered.")
    assert all(rel.status == RelationStatus.NEGATED for rel in r.extraction.relations if rel.type == "SANCTIONS")


def test_lawyer_calling_the_charges_fabricated_denies_for_the_client(extract) -> None:
    r = extract("Peru charged former minister Ana Ruiz with fraud on Monday. Ruiz's lawyer said the charges were fabricated.")
    assert ("Ana Ruiz", "DENIES", "Peru") in r.triples


def test_calling_a_demonym_accusation_wrong_denies_that_state(extract) -> None:
    r = extract("Kessler Optik said in a statement that it had never sold arms to Taiwan and that the Chinese "
                'accusation was "factually wrong."')
    assert ("Kessler Optik", "DENIES", "China") in r.triples


def test_charge_dismissed_by_a_named_leader_in_apposition_is_a_denial(extract) -> None:
    r = extract("Senator Ana Ruiz accused the Andean Council of taxing the river trade, a charge the council's "
                'chairman, Luis Quispe, dismissed as "reckless and false."')
    assert ("Luis Quispe", "DENIES", "Ana Ruiz") in r.triples
    assert ("Luis Quispe", "REJECTS", "Ana Ruiz") not in r.triples


def test_dismissing_the_alleged_act_or_calling_it_fiction_denies_the_accuser(extract) -> None:
    r = extract('Bolivia accused the MAS of plotting a coup. The MAS dismissed the alleged plot as "a fabrication".')
    assert ("MAS", "DENIES", "Bolivia") in r.triples
    r = extract('Bolivia accused the MAS of plotting a coup. The MAS described the report as "pure fiction".')
    assert ("MAS", "DENIES", "Bolivia") in r.triples


def test_participial_saying_clause_holds_no_object_of_the_main_verb(extract) -> None:
    r = extract("Chile summoned the Peruvian ambassador. President Ana Ruiz's office rejected the statement, "
                "saying Bolivia would not take lessons from anyone.")
    assert ("Ana Ruiz", "REJECTS", "Bolivia") not in r.triples


def test_suspending_an_agreement_is_coercion_not_agreement(extract) -> None:
    r = extract("Ghana suspended its trade agreement with Togo.")
    assert ("Ghana", "COERCES", "Togo") in r.triples
    assert ("Ghana", "AGREES_WITH", "Togo") not in r.triples


def test_it_says_relative_clause_is_an_accusation_by_the_main_subject(extract) -> None:
    r = extract("Two days after Japan sanctioned four Malaysian firms it says have supplied engines for North Korean "
                "missiles, Kuala Lumpur protested.")
    assert ("Japan", "ACCUSES", "four Malaysian firms") in r.triples


def test_it_says_with_a_neutral_description_is_no_accusation(extract) -> None:
    r = extract("The United States sanctioned Naviera Sur, a shipping line it says is based in Havana.")
    assert not any(t == "ACCUSES" for _, t, _ in r.triples)


def test_saying_someone_would_be_shot_threatens_them(extract) -> None:
    r = extract("In a video, a rebel commander, Jonas Wenda, said Pierre Lambert would be shot if France did not "
                "withdraw.")
    assert ("Jonas Wenda", "THREATENS", "Pierre Lambert") in r.triples


def test_warning_that_a_capitals_sites_would_be_next(extract) -> None:
    r = extract("The group's spokesman, Sheikh Ali Dheere, warned that Mogadishu's hotels and ministries would be next.")
    assert ("Ali Dheere", "THREATENS", "Somalia") in r.triples


def test_warning_of_retaliation_threatens_the_side_that_acted(extract) -> None:
    r = extract("Norway expelled Russia's ambassador, Oleg Sokolov, on Monday. Russia's deputy foreign minister, "
                "Ivan Petrov, called the expulsion a hostile act and warned that Moscow would retaliate.")
    assert ("Ivan Petrov", "THREATENS", "Norway") in r.triples


def test_calling_an_act_unfounded_is_not_a_denial(extract) -> None:
    r = extract("Norway expelled Russia's ambassador, Oleg Sokolov, on Monday. Russia's deputy foreign minister, "
                "Ivan Petrov, called the expulsion unfounded.")
    assert not any(t == "DENIES" for _, t, _ in r.triples)


def test_demanding_the_release_of_unnamed_captives_is_a_demand_on_their_captor(extract) -> None:
    r = extract("Police in Baku detained two Russian reporters on Monday. The Kremlin demanded the immediate release "
                "of the reporters.")
    assert ("Russia", "DEMANDS", "Azerbaijan") in r.triples


def test_only_if_condition_is_a_demand(extract) -> None:
    r = extract("The council's chairman, Ferdinand Asong, said from Oslo that the movement would return to the table "
                "only if Cameroon first freed its detained leaders.")
    assert ("Ferdinand Asong", "DEMANDS", "Cameroon") in r.triples


def test_ready_to_host_is_an_offer(extract) -> None:
    r = extract("Norway said on Monday that it remained ready to host the Andean Council for talks.")
    assert ("Norway", "OFFERS", "Andean Council") in r.triples


def test_calling_an_act_a_crime_condemns_its_author(extract) -> None:
    r = extract("Norway expelled three Russian diplomats. Russia's deputy foreign minister, Ivan Petrov, called the "
                'expulsions "a hostile and unfounded act".')
    assert ("Ivan Petrov", "ACCUSES", "Norway") in r.triples
    r = extract("The United States sanctioned Nenad Kovac. Kovac described the sanctions as \"a medal\".")
    assert not any(t == "ACCUSES" for _, t, _ in r.triples)


def test_offer_to_host_talks_goes_to_the_two_sides(extract) -> None:
    r = extract("The Sahel Liberation Front and Mali fought near Gao. The African Union offered to host talks in "
                "Addis Ababa.")
    assert ("African Union", "OFFERS", "Mali") in r.triples
    assert ("African Union", "OFFERS", "Sahel Liberation Front") in r.triples


def test_not_intimidated_without_a_named_party_answers_the_accuser(extract) -> None:
    r = extract("The Awami Front accused Prime Minister Anisur Haque of rigging the vote. Haque's office said the "
                "government would not be intimidated.")
    assert ("Anisur Haque", "REJECTS", "Awami Front") in r.triples


def test_person_inside_a_participial_aside_is_not_the_subject(extract) -> None:
    r = extract("Bangladesh banned the Awami Front on Monday. The Awami Front, speaking through its exiled general "
                'secretary, Obaid Kader, called the ban "judicial murder".')
    assert ("Awami Front", "ACCUSES", "Bangladesh") in r.triples
    assert not any(s == "Obaid Kader" for s, t, _ in r.triples if t == "ACCUSES")


def test_titled_person_after_led_by_is_not_the_subject(extract) -> None:
    r = extract("The Government of National Unity arrested the central bank governor, Nuri Salem. The House of "
                "Representatives, the eastern parliament led by speaker Aqil Rahim, called the arrest illegal.")
    assert ("House of Representatives", "ACCUSES", "Government of National Unity") in r.triples
    assert not any(s == "Aqil Rahim" for s, t, _ in r.triples if t == "ACCUSES")


def test_welcoming_a_verdict_against_someone_supports_the_prosecutor(extract) -> None:
    r = extract("Bangladesh sentenced former minister Rafiq Islam to death in absentia. The United Nations welcomed "
                "the verdict against Islam but opposed the death penalty.")
    assert ("United Nations", "SUPPORTS", "Bangladesh") in r.triples
    assert ("United Nations", "SUPPORTS", "Rafiq Islam") not in r.triples


def test_infinitive_after_urging_an_unnamed_group_has_no_named_agent(extract) -> None:
    r = extract("The Citizen Movement accused Ecuador's government of surrendering to Washington and urged voters "
                "to reject the amendment.")
    assert not any(t == "REJECTS" for _, t, _ in r.triples)


def test_generic_who_clause_has_no_agent(extract) -> None:
    r = extract("The designation allows U.S. prosecutors to charge anyone who provides material support to Los Lobos.")
    assert not any(t in ("AIDS", "SUPPORTS") for _, t, _ in r.triples)


def test_complaint_lodged_with_the_united_nations_is_not_against_it(extract) -> None:
    r = extract("Turkish warships blocked an Italian drillship off Cyprus. Cyprus said it would lodge a formal "
                "complaint with the United Nations.")
    assert ("Cyprus", "PROTESTS", "United Nations") not in r.triples


def test_a_passenger_train_is_not_training(extract) -> None:
    r = extract("The Karen Liberation Front stormed a passenger train carrying 300 Burmese soldiers.")
    assert not any(t == "AIDS" for _, t, _ in r.triples)


def test_which_it_accused_takes_the_opening_subject_and_all_listed_objects(extract) -> None:
    r = extract("China on Monday named Germany's Hallberg Optik, the Czech firm Morava Systems and two Lithuanian "
                "electronics makers, which it accused of selling military equipment to Taiwan.")
    assert ("China", "ACCUSES", "Morava Systems") in r.triples
    assert ("China", "ACCUSES", "two Lithuanian electronics makers") in r.triples
    assert ("Morava Systems", "ACCUSES", "two Lithuanian electronics makers") not in r.triples


def test_accused_of_sponsoring_is_alleged_aid(extract) -> None:
    r = extract("Pakistan accused India on Wednesday of sponsoring the Baloch Liberation Front.")
    assert ("Pakistan", "ACCUSES", "India") in r.triples
    assert r.rel("India", "AIDS", "Baloch Liberation Front").status == RelationStatus.ALLEGED


def test_trigger_pre_check_words_skip_only_sentences_without_them() -> None:
    import re

    from actorgraph.loaders.extractor.lexicon import Trigger, lexicon

    trig = Trigger("SUPPORTS", re.compile(r"solidarity with"), "verb", "direct", False, False, None, 0.8,
                   needs=("solidarity",))
    assert [m.group(0) for m in trig.finditer("expressed solidarity with chile")] == ["solidarity with"]
    assert list(trig.finditer("expressed support for chile")) == []
    for t in lexicon().triggers:  # every pre-check word is lower case, as the scanned sentence is
        assert all(n == n.lower() and n for n in t.needs)


def test_warning_that_it_could_act_against_someone_threatens_them(extract) -> None:
    r = extract("The regional bloc ECOWAS has warned that it could suspend Mali from its institutions if the "
                "election is delayed.")
    assert ("ECOWAS", "THREATENS", "Mali") in r.triples
    assert ("ECOWAS", "SANCTIONS", "Mali") not in r.triples  # only held out: the threat is the relation


def test_warning_of_a_shutdown_threatens_the_side_that_acted(extract) -> None:
    r = extract("Bangladesh banned the Awami Front on Monday. The Awami Front, speaking through its exiled general "
                'secretary, Obaid Kader, called the ban "judicial murder" and warned of a nationwide shutdown.')
    assert ("Awami Front", "THREATENS", "Bangladesh") in r.triples
    assert ("Obaid Kader", "THREATENS", "Bangladesh") not in r.triples


def test_money_received_from_someone_is_their_aid(extract) -> None:
    r = extract("Prosecutors allege that the Renewal Party received at least €3 million last year from associates "
                "of the businessman Vadim Gorcea.")
    assert r.rel("Vadim Gorcea", "AIDS", "Renewal Party").status == RelationStatus.ALLEGED


def test_received_a_visit_from_is_not_aid(extract) -> None:
    r = extract("The Renewal Party received a delegation from Hungary on Monday.")
    assert not any(t == "AIDS" for _, t, _ in r.triples)


def test_pronoun_object_of_a_coordinated_verb_is_the_previous_object(extract) -> None:
    r = extract("Serbian President Zoran Petrovic met Branko Kovac in Belgrade on Monday and, according to Serbian "
                "media, urged him not to press ahead with a referendum.")
    assert ("Zoran Petrovic", "DEMANDS", "Branko Kovac") in r.triples


def test_quoted_characterisation_after_an_article_condemns(extract) -> None:
    r = extract('France deported seven activists to Paris. The Kanak Front, which the Sahel Union joined last year, '
                'called the transfer a "deportation".')
    assert ("Kanak Front", "ACCUSES", "France") in r.triples
    assert ("Sahel Union", "ACCUSES", "France") not in r.triples
