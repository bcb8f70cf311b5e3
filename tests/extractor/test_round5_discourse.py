"""Round 5, parties named outside the sentence of the act: the country a dateline files the story from,
"the government in <capital>", and relations carried from one sentence to the next."""

from __future__ import annotations


def test_bare_police_act_for_the_dateline_country(extract) -> None:
    r = extract("ASUNCIÓN, June 3 — Brazil closed two border crossings with Paraguay on Tuesday, citing a rise in "
                "smuggling. Brazil's foreign ministry said the measure was temporary. "
                "Police detained Rubén Ortiz, a local councillor, on Wednesday.")
    assert ("Paraguay", "COERCES", "Rubén Ortiz") in r.triples
    assert ("Brazil", "COERCES", "Rubén Ortiz") not in r.triples


def test_the_government_is_the_dateline_countrys_when_neighbours_are_named_as_often(extract) -> None:
    r = extract("VIENTIANE — Smugglers moved rifles from Thailand into Laos, Thai officials said on Monday. "
                "Laos denied any role. The government ordered the arrest of Somsak Vongsa, a trader named in the report.")
    assert ("Laos", "COERCES", "Somsak Vongsa") in r.triples


def test_the_government_in_a_capital_is_that_capitals_state(extract) -> None:
    r = extract("NIAMEY — Niger said its troops had crossed into Mali to pursue gunmen who attacked a border post. "
                "The government in Bamako demanded an apology from Niger on Tuesday.")
    assert ("Mali", "DEMANDS", "Niger") in r.triples
    r = extract("The authorities in Nairobi accused Uganda of sheltering the smugglers, while Uganda's police "
                "chief said the claims were baseless and Uganda would not be lectured.")
    assert ("Kenya", "ACCUSES", "Uganda") in r.triples


def test_an_agentless_arrest_is_by_the_dateline_country_rather_than_the_power_most_named(extract) -> None:
    r = extract("MANILA, Feb 9 — China and the United States traded warnings over the Scarborough Shoal, which the "
                "Philippines also claims, on Monday. "
                "China accused Washington of stirring tension, and Chinese vessels shadowed a US destroyer. "
                "A fisherman's leader, Arnel Bautista, was arrested on Tuesday after a protest outside China's "
                "embassy turned violent, a police statement said.")
    assert ("Philippines", "COERCES", "Arnel Bautista") in r.triples
    assert ("China", "COERCES", "Arnel Bautista") not in r.triples


def test_a_by_phrase_with_a_state_adjective_names_who_detained(extract) -> None:
    r = extract("Georgia protested to Moscow on Monday. Levan Beridze, a shepherd, was detained by Russian border "
                "police near the boundary line on Sunday, Georgia's foreign ministry said.")
    assert ("Russia", "COERCES", "Levan Beridze") in r.triples
    assert ("Georgia", "COERCES", "Levan Beridze") not in r.triples


def test_those_convicted_or_sentenced_named_after_the_verdict(extract) -> None:
    r = extract("A Minsk court sentenced four union activists to prison terms on Monday. "
                "Among those convicted was Ales Bondar, a former steelworkers' leader.")
    assert ("Belarus", "INVESTIGATES", "Ales Bondar") in r.triples
    r = extract("A Hanoi court convicted five journalists of anti-state propaganda on Friday. "
                "Those sentenced include Tran Minh Khoa and Le Thi Hoa.")
    assert ("Vietnam", "INVESTIGATES", "Tran Minh Khoa") in r.triples
    assert ("Vietnam", "INVESTIGATES", "Le Thi Hoa") in r.triples


def test_a_state_agreeing_after_its_minister_met_a_leader_agrees_with_the_leaders_state(extract) -> None:
    r = extract("Kenyan President Daniel Moraa met Ethiopia's foreign minister, Tesfaye Bekele, in Nairobi on Monday. "
                "Addis Ababa later signed a power-purchase accord.")
    assert ("Ethiopia", "AGREES_WITH", "Kenya") in r.triples
    assert ("Ethiopia", "AGREES_WITH", "Daniel Moraa") not in r.triples


def test_an_offer_to_act_goes_to_the_state_whose_leader_the_offerers_minister_met(extract) -> None:
    r = extract("Japan's foreign minister, Kenji Mori, met Prime Minister Anote Tekau of Kiribati in Tarawa on Monday. "
                "Tokyo offered to fund a new seawall on the main atoll.")
    assert ("Japan", "OFFERS", "Kiribati") in r.triples
    assert ("Japan", "OFFERS", "Anote Tekau") not in r.triples


def test_an_offer_to_act_with_no_recipient_goes_to_the_dateline_country(extract) -> None:
    r = extract("SUVA — Fiji's parliament passed a new media law on Tuesday. Fiji and Australia have argued about it "
                "for months. New Zealand's foreign minister, Grace Walker, said Wellington had renewed its offer to "
                "train Fijian police officers.")
    assert ("New Zealand", "OFFERS", "Fiji") in r.triples
    assert ("New Zealand", "OFFERS", "Australia") not in r.triples
    r = extract("Protests over the disputed count in Malawi entered a second week. The Southern African Development "
                "Community has offered to send a team of mediators and lawyers.")
    assert ("Southern African Development Community", "OFFERS", "Malawi") in r.triples


def test_someone_arrested_at_a_protest_outside_an_embassy_protests_against_that_state(extract) -> None:
    r = extract("Czech police detained activist Lena Novak during a rally outside the Russian embassy in Prague on Sunday.")
    assert ("Lena Novak", "PROTESTS", "Russia") in r.triples
    r = extract("Opposition deputy Karim Haddad was arrested on Monday after a sit-in in front of the Iranian "
                "consulate turned violent, Iraqi police said.")
    assert ("Karim Haddad", "PROTESTS", "Iran") in r.triples
    r = extract("Georgian police arrested student leader Nino Beridze on Friday near the Russian embassy, where she "
                "had gone to collect a visa.")
    assert ("Nino Beridze", "PROTESTS", "Russia") not in r.triples


def test_a_denial_repeating_the_last_speakers_report_answers_that_speaker(extract) -> None:
    r = extract("Armenia accused Azerbaijan on Monday of shelling border villages. "
                "Armenia's ombudsman, Lusine Hakobyan, said three shepherds had been wounded near Sotk. "
                "The Azerbaijani defence ministry denied that any shepherds were targeted.")
    assert ("Azerbaijan", "DENIES", "Lusine Hakobyan") in r.triples
    assert ("Lusine Hakobyan", "ACCUSES", "Azerbaijan") in r.triples
    r = extract("Kenya accused Ethiopia last week of backing a militia in Moyale. "
                "Kenyan lawmaker Amina Hassan told reporters that livestock had been stolen by soldiers. "
                "Ethiopia denied that its soldiers had stolen any livestock.")
    assert ("Ethiopia", "DENIES", "Amina Hassan") in r.triples
    r = extract("Kenya accused Ethiopia last week of backing a militia in Moyale. "
                "Kenyan lawmaker Amina Hassan said schools had closed across the county. "
                "Ethiopia denied backing any militia.")
    assert ("Ethiopia", "DENIES", "Amina Hassan") not in r.triples
    assert ("Ethiopia", "DENIES", "Kenya") in r.triples


def test_the_two_leaders_are_the_two_people_just_named(extract) -> None:
    r = extract("Chilean President Tomas Vidal spoke by phone with his Peruvian counterpart, Rosa Quispe, on Monday, "
                "and the two leaders agreed to reopen the border crossing at Chacalluta.")
    assert ("Tomas Vidal", "AGREES_WITH", "Rosa Quispe") in r.triples or \
        ("Rosa Quispe", "AGREES_WITH", "Tomas Vidal") in r.triples
    r = extract("Prime Minister Sofia Lind of Sweden met Finnish President Mikko Aalto in Turku on Friday. "
                "The two leaders signed a pact on air defence.")
    assert ("Sofia Lind", "AGREES_WITH", "Mikko Aalto") in r.triples or \
        ("Mikko Aalto", "AGREES_WITH", "Sofia Lind") in r.triples
    assert not any("two leaders" in s or "two leaders" in t for s, _, t in r.triples)


def test_those_held_named_after_an_arrest_of_people_only_counted(extract) -> None:
    r = extract("Turkish police detained several union organisers overnight in Izmir. "
                "Among those held was Emre Ozturk, a dock workers' leader.")
    assert ("Turkey", "COERCES", "Emre Ozturk") in r.triples
    r = extract("Belarusian security forces arrested a dozen campaign organisers on Sunday. "
                "Among those detained were Olga Sidorova and Pavel Karpovich.")
    assert ("Belarus", "COERCES", "Olga Sidorova") in r.triples
    assert ("Belarus", "COERCES", "Pavel Karpovich") in r.triples
    r = extract("Turkish police said several union organisers had gone into hiding. "
                "Among those held was Emre Ozturk, a dock workers' leader.")
    assert ("Turkey", "COERCES", "Emre Ozturk") not in r.triples


def test_a_denial_of_what_a_government_spokesman_reported_answers_his_state(extract) -> None:
    r = extract("Mali expelled a Swiss charity on Monday. Government spokesman Issa Konate said the allegations were "
                "baseless and accused the charity of spying for Algeria. The Algerian foreign ministry denied that the "
                "charity had any links to its intelligence services.")
    assert ("Algeria", "DENIES", "Mali") in r.triples
    assert ("Algeria", "DENIES", "Issa Konate") not in r.triples


def test_the_ngo_is_the_aid_group_introduced_before(extract) -> None:
    r = extract("Niger on Monday expelled the Swiss aid group Terre Solidaire, accusing it of spying for France. "
                "The NGO denied any links to French intelligence and said it would appeal.")
    assert "NGO" not in r.kinds
    assert ("Terre Solidaire", "DENIES", "Niger") in r.triples


def test_denying_any_connection_after_a_measure_answers_whoever_took_it(extract) -> None:
    r = extract("The shipping firm Aurora Lines carries crude from Kharg Island. The United States sanctioned the "
                "company in May; it denies any link to the Iranian navy.")
    assert ("Aurora Lines", "DENIES", "United States") in r.triples
    r = extract("Britain froze the assets of the trading house Kestrel Metals on Tuesday. "
                "The company denies any role in supplying the Russian army.")
    assert ("Kestrel Metals", "DENIES", "United Kingdom") in r.triples


def test_a_measure_announced_by_a_state_body_is_the_states(extract) -> None:
    r = extract("The U.S. Treasury Department on Tuesday sanctioned Omar Farah, a Kenyan gold trader.")
    assert ("United States", "SANCTIONS", "Omar Farah") in r.triples
    assert ("U.S. Treasury Department", "SANCTIONS", "Omar Farah") not in r.triples
    r = extract("Britain's Foreign Office sanctioned the Red Sea Logistics company on Monday.")
    assert ("United Kingdom", "SANCTIONS", "Red Sea Logistics") in r.triples
    r = extract("The Treasury Department said Omar Farah had smuggled gold for the militia.")
    assert ("Treasury Department", "ACCUSES", "Omar Farah") in r.triples  # what a bare body says stays its own
    r = extract("The State Department said Omar Farah had smuggled gold for the militia.")
    assert ("United States", "ACCUSES", "Omar Farah") in r.triples  # round 30: the State Department is the state's


def test_an_object_him_or_her_is_the_person_named_before(extract) -> None:
    r = extract("President Ana Ruiz, who has clashed with auditor Carla Mendes for months, again called on her "
                "to resign.")
    assert ("Ana Ruiz", "DEMANDS", "Carla Mendes") in r.triples
    r = extract("Bolivian police detained union leader Mario Quispe in El Alto on Friday. Bolivian prosecutors "
                "charged him with sedition on Saturday, his lawyer said.")
    assert ("Bolivia", "INVESTIGATES", "Mario Quispe") in r.triples
    r = extract("Ghana's government stripped Pastor Kofi Mensah of his licence and expelled him to Togo on Monday, "
                "along with nine monks.")
    assert ("Ghana", "COERCES", "nine monks") in r.triples


def test_help_given_to_nobody_named_goes_to_the_country_the_story_is_about(extract) -> None:
    r = extract("PORT MORESBY — Papua New Guinea extended a state of emergency in the highlands on Friday. "
                "Australia, which already provides police assistance, said it would send forty more officers.")
    assert ("Australia", "AIDS", "Papua New Guinea") in r.triples
    r = extract("SANA'A — Yemen's Houthi rebels fired drones at Saudi Arabia on Monday. "
                "Iran, which the Saudis say provides weapons and missiles, denied any role.")
    assert ("Iran", "AIDS", "Yemen") not in r.triples


def test_a_demand_for_her_immediate_release_goes_to_the_state_whose_agency_holds_her(extract) -> None:
    r = extract("Rwanda's National Security Service arrested blogger Aline Uwase on Tuesday. "
                "Reporters Without Borders demanded her immediate release.")
    assert ("Reporters Without Borders", "DEMANDS", "Rwanda") in r.triples
    assert not any(t.startswith("National Security") for s, ty, t in r.triples if ty == "DEMANDS")
