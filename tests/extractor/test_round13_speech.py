"""Round 13, speech and stance: a criticism of an act the sentence does not attribute is aimed at the party the
same speaker then asks to undo or answer for it; an act may be referred to with an indefinite or quoted phrase."""

from __future__ import annotations

# -- "condemned the detention and called on X to release ...": X is accused --------------------------------------


def test_condemning_an_arrest_and_calling_on_a_state_to_free_the_detainee_accuses_that_state(extract) -> None:
    r = extract("Canada's foreign minister, Ellen Marsh, condemned the detention and called on the Iranian "
                "authorities to release the journalist.")
    assert ("Ellen Marsh", "ACCUSES", "Iran") in r.triples
    assert ("Ellen Marsh", "DEMANDS", "Iran") in r.triples


def test_being_troubled_by_verdicts_and_urging_a_fair_appeal_accuses_the_state_urged(extract) -> None:
    r = extract("Norway said it was troubled by the verdicts and urged Belarus to guarantee a fair appeal.")
    assert ("Norway", "ACCUSES", "Belarus") in r.triples


def test_concern_about_an_arrest_and_a_request_to_the_authorities_accuses_them(extract) -> None:
    r = extract("Portugal said it was concerned about the arrest and asked the Angolan authorities to release "
                "the lawyer.")
    assert ("Portugal", "ACCUSES", "Angola") in r.triples


def test_the_addressee_wins_over_an_earlier_act_by_a_state_the_sentence_does_not_name(extract) -> None:
    r = extract("Peru detained two Chilean fishermen on Sunday. Bolivia arrested a Chilean trader on Monday. "
                "Argentina said it was concerned about the arrest and asked the Peruvian authorities to free the "
                "fishermen.")
    assert ("Argentina", "ACCUSES", "Peru") in r.triples
    assert ("Argentina", "ACCUSES", "Bolivia") not in r.triples


def test_asking_third_parties_to_pressure_the_author_of_the_act_keeps_the_author(extract) -> None:
    r = extract("Turkey shelled a village in northern Syria on Sunday. Syrian President Omar Halabi condemned the "
                "shelling and asked Russia and Iran to pressure Turkey.")
    assert ("Omar Halabi", "ACCUSES", "Turkey") in r.triples
    assert ("Omar Halabi", "ACCUSES", "Russia") not in r.triples
    assert ("Omar Halabi", "ACCUSES", "Iran") not in r.triples


def test_a_demand_to_free_a_captive_does_not_make_the_captive_the_accused(extract) -> None:
    r = extract("Police in Manila arrested the activist Rosa Dimaano on Monday. The union's leader, Carlo Bautista, "
                "condemned the arrest and demanded that Dimaano be freed.")
    assert ("Carlo Bautista", "ACCUSES", "Rosa Dimaano") not in r.triples


def test_welcoming_an_agreement_and_urging_its_implementation_accuses_no_one(extract) -> None:
    r = extract("Japan welcomed the agreement and urged Malaysia to implement it quickly.")
    assert ("Japan", "ACCUSES", "Malaysia") not in r.triples


# -- "condemned 'an illegitimate seizure of property'": an indefinite, quoted act is still an act -------------------


def test_condemning_a_quoted_indefinite_seizure_accuses_the_state_asked_to_undo_it(extract) -> None:
    r = extract("Spain's foreign ministry condemned \"an illegitimate seizure of property\" and called on the "
                "Venezuelan authorities to return the refinery.")
    assert ("Spain", "ACCUSES", "Venezuela") in r.triples


def test_condemning_an_indefinite_attack_finds_the_author_of_the_attack_told_before(extract) -> None:
    r = extract("Russia attacked Ukraine's port of Izmail with drones on Monday. Moldova condemned an attack it "
                "called reckless.")
    assert ("Moldova", "ACCUSES", "Russia") in r.triples


# -- a denial with nothing before it that accuses the denier answers the latest act against the denier's side ----------


def test_a_detainee_denying_wrongdoing_answers_the_state_that_arrested_her(extract) -> None:
    r = extract("Kenyan police arrested Amina Yusuf, a senior member of the opposition Unity Party, on Monday. "
                "Amina Yusuf denied any wrongdoing.")
    assert ("Amina Yusuf", "DENIES", "Kenya") in r.triples


def test_a_leader_denying_the_aim_of_a_law_answers_the_body_that_opened_proceedings(extract) -> None:
    r = extract("The European Commission opened infringement proceedings against Hungary on Tuesday over its media "
                "law. Hungarian Prime Minister Gabor Kis said the law protected children and denied that it targeted "
                "journalists.")
    assert ("Gabor Kis", "DENIES", "European Commission") in r.triples


def test_a_sanctioned_company_denying_a_payment_answers_the_sanctioning_state(extract) -> None:
    r = extract("Peru sanctioned the mining firm Andes Ore last week. The company denied that it had paid the rebels.")
    assert ("Andes Ore", "DENIES", "Peru") in r.triples


def test_a_denial_by_a_bystander_of_an_attack_on_someone_else_answers_no_one(extract) -> None:
    r = extract("Chile attacked a Bolivian border post on Monday. Argentina denied that its troops had moved.")
    assert ("Argentina", "DENIES", "Chile") not in r.triples


def test_a_denial_after_a_meeting_is_not_answering_the_counterpart(extract) -> None:
    r = extract("Ghana's foreign minister, Kofi Mensah, met his Togolese counterpart on Monday. Kofi Mensah denied "
                "that the talks had stalled.")
    assert ("Kofi Mensah", "DENIES", "Togo") not in r.triples
