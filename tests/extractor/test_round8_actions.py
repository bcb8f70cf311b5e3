"""Round 8, actions and cooperation: constructions of English news grammar that carry an act to its agent."""

from __future__ import annotations


def test_a_verb_right_after_and_goes_on_with_the_clause_subject(extract) -> None:
    """ "A raided the X of Y and detained Z": Y sits in the first verb's object, the second verb is A's."""
    r = extract("Armenian police on Tuesday raided the Yerevan studio of the independent broadcaster Ararat Wave "
                "and detained Levon Sargsyan, its director.")
    assert ("Armenia", "COERCES", "Levon Sargsyan") in r.triples
    assert ("Ararat Wave", "COERCES", "Levon Sargsyan") not in r.triples
    r = extract("The Paraguayan navy boarded a barge owned by the shipping firm Rio Verde Logistics and seized "
                "Tomas Acuna.")
    assert ("Paraguay", "COERCES", "Tomas Acuna") in r.triples
    assert ("Rio Verde Logistics", "COERCES", "Tomas Acuna") not in r.triples


def test_a_new_subject_after_and_keeps_its_own_verb(extract) -> None:
    r = extract("Chile sanctioned the Norte Cartel, and Peru detained Julio Ramos.")
    assert ("Peru", "COERCES", "Julio Ramos") in r.triples
    assert ("Chile", "COERCES", "Julio Ramos") not in r.triples


def test_a_passive_agent_named_with_a_title_after_by(extract) -> None:
    """ "signed by Foreign Minister X and Trade Minister Y": the capitalised title opens the by-phrase's agent."""
    r = extract("The accord was signed in Nairobi by Foreign Minister Amina Odhiambo and Tanzanian Trade Minister "
                "Juma Mrisho.")
    assert ("Amina Odhiambo", "AGREES_WITH", "Juma Mrisho") in r.triples


def test_a_reduced_relative_passive_takes_its_agents_from_the_by_phrase(extract) -> None:
    r = extract("Under the pact, signed in Lusaka on Friday by Zambian President Chanda Mwale and Malawi's leader, "
                "Peter Banda, the two states would share the dam.")
    assert ("Chanda Mwale", "AGREES_WITH", "Peter Banda") in r.triples


def test_a_reduced_relative_passive_is_not_about_the_clause_subject(extract) -> None:
    """the patient of ", signed by X," is the noun before the comma, not the marchers further left; and one signer
    alone agrees with nobody named"""
    r = extract("Thousands of farmers marched against a decree, signed last month by Agriculture Minister Rosa Lima, "
                "that caps grain prices.")
    assert not any(rel == "AGREES_WITH" for _, rel, _ in r.triples)


def test_an_adverb_between_auxiliary_and_participle_keeps_the_passive(extract) -> None:
    """ "were also detained", "was not detained": the patient is the subject, the agent the acting state."""
    r = extract("Bolivian police arrested the union leader Rosa Mamani on Monday in La Paz. "
                "Hugo Quispe and Ana Condori, two of her deputies, were also detained.")
    assert ("Bolivia", "COERCES", "Hugo Quispe") in r.triples
    assert ("Bolivia", "COERCES", "Ana Condori") in r.triples
    r = extract("Kenyan police raided the offices of the weekly Nairobi Echo. Its editor, Peter Mwangi, was later "
                "released, but his deputy Grace Wanjiku was not freed.")
    assert ("Kenya", "COERCES", "Grace Wanjiku") not in r.triples  # "freed" is no act of coercion


def test_bare_police_after_a_time_adverbial_or_a_dateline_dash_act_for_the_state(extract) -> None:
    r = extract("Malawi's opposition accused the government of fraud. On Monday police detained Chikondi Phiri, "
                "a party organiser, in Blantyre.")
    assert ("Malawi", "COERCES", "Chikondi Phiri") in r.triples
    r = extract("LILONGWE, May 4 — Security forces detained Chikondi Phiri at his home, his party said.",
                title="Malawi detains opposition lawmaker")
    assert ("Malawi", "COERCES", "Chikondi Phiri") in r.triples
    r = extract("Namibia's customs agency seized a cargo of ivory in Walvis Bay, after which police detained the "
                "ship's captain, Ivan Petrov.")
    assert ("Namibia", "COERCES", "Ivan Petrov") in r.triples


def test_state_security_officers_are_no_organisation_called_state(extract) -> None:
    r = extract("Mongolia's prosecutors opened a case against the mine operator. State security officers arrested "
                "Bat-Erdene Dorj at his office in Ulaanbaatar.")
    assert ("Mongolia", "COERCES", "Bat-Erdene Dorj") in r.triples
    assert "State" not in r.kinds


def test_a_relative_pronoun_speaker_is_no_state_agent(extract) -> None:
    r = extract("Peru sanctioned two mining firms, Andes Gold and Puno Metals, which investigators say finance "
                "the Condor Front.")
    assert not any(s == "Peru" and t == "Condor Front" for s, _, t in r.triples)


def test_crowd_control_coerces_the_crowd(extract) -> None:
    """ "dispersed them", "fired tear gas at X", "fired tear gas to clear the road": the crowd the sentence names."""
    r = extract("Kenya's opposition called for protests in Nakuru. Several hundred supporters of the party marched to "
                "the county offices until police dispersed them with tear gas.")
    assert ("Kenya", "COERCES", "Several hundred supporters") in r.triples
    r = extract("Kenya's opposition called for protests in Nakuru. Police fired tear gas at several hundred "
                "opposition supporters outside the county offices.")
    assert ("Kenya", "COERCES", "several hundred opposition supporters") in r.triples


def test_crowd_control_not_on_a_crowd_that_went_home_or_on_the_dead(extract) -> None:
    r = extract("Kenya's opposition called for protests in Nakuru. The crowd dispersed peacefully after police "
                "arrived.")
    assert not any(rel == "COERCES" for _, rel, _ in r.triples)
    r = extract("Kenya's opposition called for protests in Nakuru. At least nine people were killed when police "
                "fired tear gas at the marchers.")
    assert ("Kenya", "COERCES", "At least nine people") not in r.triples
