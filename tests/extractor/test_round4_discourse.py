"""Round 4, parties named outside the sentence of the act: the state a bare agent acts for, descriptions
and speakers carried from one sentence to the next."""

from __future__ import annotations


def test_the_venue_of_talks_is_not_where_bare_agents_act(extract) -> None:
    r = extract("Colombia's government and the Guerrilla Alliance will resume talks in Caracas next month, "
                "Colombia's peace commissioner said. Venezuela hosted earlier rounds of the negotiations in Caracas. "
                "Soldiers detained Mateo Rincon, an alliance commander, on Friday.")
    assert ("Colombia", "COERCES", "Mateo Rincon") in r.triples
    assert ("Venezuela", "COERCES", "Mateo Rincon") not in r.triples
    r = extract("Ethiopia's government and the Tigray front opened a summit in Nairobi on Monday, Ethiopia's "
                "foreign ministry said. Kenya said the consultations in Nairobi would last a week. "
                "Police arrested Dawit Haile, a front official.")
    assert ("Ethiopia", "COERCES", "Dawit Haile") in r.triples


def test_a_capital_in_a_sentence_case_headline_places_nothing(extract) -> None:
    r = extract("Ukrainian police on Monday detained a ferry pilot near the Danube delta, "
                "Ukraine's border service said. "
                "Prosecutors charged the pilot, Oleh Marchenko, with espionage, and Russia said it knew nothing.",
                title="Ferry pilot held on the Danube; Moscow denies link")
    assert ("Ukraine", "INVESTIGATES", "Oleh Marchenko") in r.triples or \
        ("Ukraine", "COERCES", "Oleh Marchenko") in r.triples
    assert not any(s == "Russia" and t == "Oleh Marchenko" for s, _, t in r.triples)


def test_the_rebels_are_the_armed_group_not_a_state_unit(extract) -> None:
    r = extract("Troops fought the Karen Liberation Army near Myawaddy on Friday, the junta's 22nd Light Infantry "
                "Division said. The rebels accused Myanmar of shelling a school.")
    assert ("Karen Liberation Army", "ACCUSES", "Myanmar") in r.triples
    assert not any(s.endswith("Division") for s, _, _ in r.triples)


def test_the_militants_are_the_armed_front_rather_than_its_political_party(extract) -> None:
    r = extract("Ethiopian troops clashed with the Ogaden Liberation Front, the armed wing of the Ogaden People's "
                "Party, near Degehabur. The militants threatened Ethiopia with further attacks.")
    assert ("Ogaden Liberation Front", "THREATENS", "Ethiopia") in r.triples
    assert ("Ogaden People's Party", "THREATENS", "Ethiopia") not in r.triples


def test_a_denial_answers_who_reported_the_act_just_before(extract) -> None:
    r = extract("Vietnam's coast guard seized a fishing boat near the Paracel Islands on Monday. "
                "The Quang Ngai Fishing Cooperative said the coast guard had rammed the boat and beaten its crew. "
                "The coast guard denied using force.")
    assert ("Vietnam", "DENIES", "Quang Ngai Fishing Cooperative") in r.triples
    assert ("Quang Ngai Fishing Cooperative", "ACCUSES", "Vietnam") in r.triples


def test_a_denial_answers_the_source_of_an_according_to_report(extract) -> None:
    r = extract("Bolivian police broke up a miners' road block on Thursday. Two miners were wounded when police "
                "fired rubber bullets, according to the Permanent Assembly of Human Rights. "
                "Police denied firing at anyone.")
    assert ("Bolivia", "DENIES", "Permanent Assembly of Human Rights") in r.triples
    assert ("Permanent Assembly of Human Rights", "ACCUSES", "Bolivia") in r.triples


def test_a_denial_answers_a_closing_attribution(extract) -> None:
    r = extract("Zambian troops crossed into a disputed valley last week. Soldiers burned three villages "
                "near the river, the Lunda Traditional Council said. The army denied the account.")
    assert ("Zambia", "DENIES", "Lunda Traditional Council") in r.triples


def test_no_accusation_from_a_speaker_on_the_deniers_side_or_a_hedged_denial(extract) -> None:
    r = extract("Kenyan police dispersed a march in Kisumu. The Interior Ministry of Kenya said police had "
                "acted lawfully. Police denied using live rounds.")
    assert not any(rel in ("DENIES", "ACCUSES") for _, rel, _ in r.triples)
    r = extract("Ghana's navy intercepted a trawler on Monday. The Volta Fishers Union said the navy had fired "
                "on the trawler. The navy did not deny firing.")
    assert ("Volta Fishers Union", "ACCUSES", "Ghana") not in r.triples


def test_rejecting_a_statement_answers_everyone_who_made_it(extract) -> None:
    r = extract("In a joint letter, Canada and Japan urged Cambodia to free the jailed union leaders. "
                "Cambodia's prime minister, Hun Manet, dismissed the statement as meddling on Friday.")
    assert {("Hun Manet", "REJECTS", "Canada"), ("Hun Manet", "REJECTS", "Japan")} <= r.triples
    r = extract("Mexico's president accused the Sinaloa Cartel of paying police. The cartel's lawyer, Ana Ruiz, "
                "met reporters on Monday. Ruiz rejected those remarks.")
    assert ("Ana Ruiz", "REJECTS", "Mexico") in r.triples or ("Ana Ruiz", "DENIES", "Mexico") in r.triples


def test_welcoming_a_statement_supports_its_author(extract) -> None:
    r = extract("Sudan's army seized the Adre crossing on Monday. The African Union called on Sudan to reopen "
                "the crossing. The Red Crescent Society welcomed the statement.")
    assert ("Red Crescent Society", "SUPPORTS", "African Union") in r.triples


def test_the_holder_of_a_post_described_first_is_named_later(extract) -> None:
    r = extract("Greek police arrested the skipper of a fishing boat carrying migrants off Crete on Friday. "
                "The boat had left Tobruk two days earlier. Its skipper, an Egyptian national, Karim Mansour, "
                "faces smuggling charges.")
    assert ("Greece", "COERCES", "Karim Mansour") in r.triples
    r = extract("Turkish authorities detained the owner of a logistics firm in Mersin. "
                "The firm's owner, Emre Kaya, denies wrongdoing, his lawyer said.")
    assert ("Turkey", "COERCES", "Emre Kaya") in r.triples


def test_a_defined_post_is_not_linked_to_an_unrelated_person(extract) -> None:
    r = extract("Nigerian soldiers detained the driver of a fuel tanker near Maiduguri. "
                "Governor Babagana Zulum condemned the attack on the convoy.")
    assert ("Nigeria", "COERCES", "Babagana Zulum") not in r.triples


def test_a_short_form_of_an_organisation_is_no_person(extract) -> None:
    r = extract("Chile's mining regulator fined Andes Copper Holdings for polluting a river. "
                "Regulator chief Paula Rojas said an inspection had shown the company dumped tailings. "
                "Andes Copper rejected the findings.")
    assert "Andes Copper" not in r.kinds
    assert ("Andes Copper Holdings", "DENIES", "Paula Rojas") in r.triples
    assert ("Paula Rojas", "ACCUSES", "Andes Copper Holdings") in r.triples


def test_rejecting_a_report_is_a_denial_of_its_author(extract) -> None:
    r = extract("Amnesty International said Egyptian police had tortured detainees in Giza. "
                "Egypt's interior ministry rejected the report as biased.")
    assert ("Egypt", "DENIES", "Amnesty International") in r.triples


def test_bare_agents_blamed_by_others_stand_for_their_state(extract) -> None:
    r = extract("Togo's government extended a curfew in Lomé on Sunday. "
                "The Togolese League of Human Rights accused soldiers of beating curfew breakers.")
    assert ("Togolese League of Human Rights", "ACCUSES", "Togo") in r.triples
    r = extract("Protests spread across Ecuador's highlands this week. The Confederation of Indigenous "
                "Nationalities blamed police for the death of a marcher.")
    assert ("Confederation of Indigenous Nationalities", "ACCUSES", "Ecuador") in r.triples
