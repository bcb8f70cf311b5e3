"""Round 12, precision and actor kinds: a body's name is told from a person's by cue words a whole-word test
misses (a cue joined by hyphens or written with an apostrophe, a capitalised plural that heads groups of
people, a media noun right after the name); the state or body behind an arrest or a charge (an agentless one
told by a law-enforcement body, a country's office or officer, or an officer of a named body is theirs; bare
police act for the state the story is filed from); initials that only describe a body noun ("the UN refugee
agency, X", "the EU court") are no actor; and what the same rules must leave alone."""

from __future__ import annotations

# -- cue words hidden inside a body's name ------------------------------------------------------------------------


def test_a_cue_joined_by_a_hyphen_makes_a_body(extract) -> None:
    r = extract("The ban was welcomed by the ruling Kenya Farmers League-Mwangi, whose chairman, Joseph Otieno, "
                "said the move was overdue.")
    assert r.kinds.get("Kenya Farmers League-Mwangi") == "Organization"


def test_a_party_name_joined_by_hyphens_after_a_country_is_a_body(extract) -> None:
    r = extract("Police raided the offices of the opposition Nepal Tehreek-e-Awam on Friday, and its leader, "
                "Ram Bahadur Thapa, was briefly detained.")
    assert r.kinds.get("Nepal Tehreek-e-Awam") == "Organization"


def test_a_capitalised_plural_of_people_makes_a_body(extract) -> None:
    r = extract("Journalists Beyond Frontiers said the reporter had been held for three days without charge.")
    assert r.kinds.get("Journalists Beyond Frontiers") == "Organization"


def test_a_gang_named_by_its_members_is_a_body(extract) -> None:
    r = extract("Police said Riverside Soldiers had been fighting a rival gang for control of the port "
                "district since January.")
    assert r.kinds.get("Riverside Soldiers") == "Organization"


def test_a_name_before_a_media_noun_is_a_body(extract) -> None:
    r = extract("The minister told the official Koral news agency that the border would stay closed.")
    assert r.kinds.get("Koral") == "Organization"


# -- and what must stay a person or a place ---------------------------------------------------------------------


def test_a_hyphenated_surname_stays_a_person(extract) -> None:
    r = extract("Opposition deputy Ioana Popa-Grigore said the annulment was unlawful.")
    assert r.kinds.get("Ioana Popa-Grigore") == "Person"


def test_an_adjective_compound_with_a_cue_word_is_no_body(extract) -> None:
    r = extract("Pro-government media accused the archbishop of conspiring with foreign powers.")
    assert not any(kind == "Organization" and name.lower().startswith("pro") for name, kind in r.kinds.items())


def test_a_place_before_site_is_no_body(extract) -> None:
    r = extract("Soldiers drove hundreds of miners from the Kambala site on Tuesday, witnesses said.")
    assert r.kinds.get("Kambala") != "Organization"


# -- the state or body behind an arrest or a charge ---------------------------------------------------------------


def test_an_agentless_arrest_told_by_an_enforcement_body_is_that_bodys(extract) -> None:
    r = extract("Malawi's parliament debated the fertiliser contract on Monday. The ministry's procurement chief, "
                "Grace Banda, was detained on Tuesday and later charged with fraud, according to the Anti-Fraud "
                "Bureau.")
    assert ("Anti-Fraud Bureau", "COERCES", "Grace Banda") in r.triples
    assert ("Malawi", "COERCES", "Grace Banda") not in r.triples


def test_an_agentless_charge_told_by_a_countrys_prosecutors_is_that_countrys(extract) -> None:
    r = extract("ANKARA, June 3 - Turkey extradited the Uzbek activist Rustam Aliev to Tashkent on Monday. Aliev "
                "had been charged with extremism, Uzbekistan's prosecutor-general's office said on Tuesday.")
    assert ("Uzbekistan", "INVESTIGATES", "Rustam Aliev") in r.triples
    assert ("Turkey", "INVESTIGATES", "Rustam Aliev") not in r.triples


def test_an_agentless_arrest_told_by_a_capitals_police_chief_is_that_states(extract) -> None:
    r = extract("YEREVAN, May 5 - Armenia recalled its ambassador from Baku after a guard at its embassy was "
                "stabbed. The attacker, Ilkin Hasanov, was arrested at the scene, Baku's police chief told "
                "reporters.")
    assert ("Azerbaijan", "COERCES", "Ilkin Hasanov") in r.triples
    assert ("Armenia", "COERCES", "Ilkin Hasanov") not in r.triples


def test_an_agentless_charge_told_by_an_officer_of_a_named_body_is_the_bodys(extract) -> None:
    r = extract("The Independent Commission Against Graft charged two former ministers on Monday. Their deputy, "
                "Samuela Tora, has not been charged, the commission's acting director, Mere Lomani, told "
                "reporters.")
    assert ("Independent Commission Against Graft", "INVESTIGATES", "Samuela Tora") in r.triples


def test_an_agentless_arrest_told_by_a_lawyer_keeps_the_story_state(extract) -> None:
    r = extract("NAIROBI, May 5 - Kenya's opposition called for protests on Friday. The activist Amani Otieno was "
                "arrested at his home, according to his lawyer, Peter Kamau.")
    assert ("Kenya", "COERCES", "Amani Otieno") in r.triples


def test_bare_police_act_for_the_state_the_story_is_filed_from(extract) -> None:
    r = extract("DHAKA, May 2 - Bangladesh asked India to extradite the former minister on Monday. India has not "
                "replied, and Indian officials declined to comment. India hosts the former minister in New Delhi. "
                "Police arrested more than 100 Jatiya Party activists in a nationwide sweep last week.")
    assert ("Bangladesh", "COERCES", "Jatiya Party activists") in {
        (s, t, o.replace("more than 100 ", "")) for s, t, o in r.triples}
    assert not any(s == "India" and t == "COERCES" for s, t, _ in r.triples)


def test_bare_police_placed_by_their_sentence_keep_that_place(extract) -> None:
    r = extract("DHAKA, May 2 - Bangladesh asked India to extradite the former minister on Monday. Police in "
                "New Delhi detained the activist Rahim Uddin on Tuesday.")
    assert ("India", "COERCES", "Rahim Uddin") in r.triples


# -- initials that only describe a body noun ----------------------------------------------------------------------


def test_initials_before_an_agency_named_in_apposition_leave_the_act_to_the_agency(extract) -> None:
    r = extract("The UN food agency, WFP, said it had suspended deliveries and called on Khartoum to reopen "
                "the Adre crossing.")
    assert "UN" not in r.kinds
    assert ("WFP", "DEMANDS", "Sudan") in r.triples


def test_initials_before_a_court_are_no_actor(extract) -> None:
    r = extract("Poland's own media law was struck down by the EU court in 2021, the ministry said.")
    assert "EU" not in r.kinds


def test_initials_before_a_peacekeeping_mission_named_after_them_are_no_actor(extract) -> None:
    r = extract("The UN peacekeeping mission, UNMISS, said it was investigating reports of detentions near Bor.")
    assert "UN" not in r.kinds


def test_initials_before_a_visiting_mission_stay_the_actor(extract) -> None:
    r = extract("An IMF mission led by Carla Weiss is due to visit Lusaka next week, the finance ministry said.")
    assert r.kinds.get("IMF") == "Organization"


def test_initials_before_a_post_stay_the_body_of_the_post(extract) -> None:
    r = extract("EU envoy Maria Lind met the foreign minister in Baku on Tuesday.")
    assert r.kinds.get("EU") == "Organization"
