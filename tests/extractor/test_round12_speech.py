"""Round 12, speech and stance: a hostile verdict on another party's statement or act accuses its author."""

from __future__ import annotations

# -- "dismissed the statement as 'foreign meddling'": the authors of the statement are accused -------------------------


def test_dismissing_a_statement_as_meddling_accuses_its_authors(extract) -> None:
    r = extract("Norway and Denmark urged Estonia on Tuesday to free the detained reporters. Estonian Prime Minister "
                "Kaja Tamm dismissed the statement as \"foreign meddling\" on Thursday.")
    assert ("Kaja Tamm", "ACCUSES", "Norway") in r.triples
    assert ("Kaja Tamm", "ACCUSES", "Denmark") in r.triples


def test_rejecting_a_claim_as_an_attempt_to_hide_something_accuses_the_claimant(extract) -> None:
    r = extract("Chile accused Peru of hiding the smugglers. Peru's foreign ministry rejected the claim as "
                "\"an attempt to cover up Chile's own failures\".")
    assert ("Peru", "ACCUSES", "Chile") in r.triples
    assert ("Peru", "DENIES", "Chile") in r.triples


def test_describing_accusations_as_interference_accuses_the_accuser(extract) -> None:
    r = extract("Sweden accused Hungary of muzzling the press. Hungary's foreign ministry described the "
                "accusations as gross interference in its affairs.")
    assert ("Hungary", "ACCUSES", "Sweden") in r.triples


def test_a_state_answering_a_ministers_claim_accuses_the_ministers_state(extract) -> None:
    r = extract("Italian Interior Minister Paolo Ferri accused Tunisia of letting smugglers operate freely. "
                "Tunisia's foreign ministry rejected the claim as a provocation aimed at Italian voters.")
    assert ("Tunisia", "ACCUSES", "Italy") in r.triples


def test_rejecting_a_claim_as_merely_unfounded_is_a_denial_not_an_accusation(extract) -> None:
    r = extract("Chile accused Peru of hiding the smugglers. Peru's foreign ministry rejected the claim as "
                "unfounded.")
    assert ("Peru", "DENIES", "Chile") in r.triples
    assert ("Peru", "ACCUSES", "Chile") not in r.triples


# -- "rejected what it called 'a hostile provocation'": whoever last acted against the speaker's side -----------------


def test_rejecting_what_it_called_a_provocation_accuses_the_last_to_act_against_it(extract) -> None:
    r = extract("Norway summoned Russia's ambassador on Friday. The Russian foreign ministry rejected what it "
                "called \"a hostile provocation\".")
    assert ("Russia", "ACCUSES", "Norway") in r.triples


def test_what_she_called_a_witch_hunt_answers_the_measure_against_her_side(extract) -> None:
    r = extract("Georgia sanctioned the Free Tbilisi Movement on Monday. The Free Tbilisi Movement rejected what it "
                "called a witch hunt and vowed to fight on.")
    assert ("Free Tbilisi Movement", "ACCUSES", "Georgia") in r.triples


def test_what_he_called_a_smear_answers_the_accusation_against_his_country(extract) -> None:
    r = extract("Togo accused Ghana on Monday of sheltering rebels. Ghana's information minister, Kofi Asante, "
                "rejected what he called a smear campaign.")
    assert ("Kofi Asante", "ACCUSES", "Togo") in r.triples


def test_what_it_called_a_misunderstanding_accuses_no_one(extract) -> None:
    r = extract("Norway summoned Russia's ambassador on Friday. The Russian foreign ministry said it regretted "
                "what it called a misunderstanding.")
    assert not any(t == "ACCUSES" for _, t, _ in r.triples)


# -- "X endorsed Y and has filed a complaint": a verb joined by "and" plus an auxiliary goes on with X ---------------


def test_a_verb_after_and_has_goes_on_with_the_first_subject(extract) -> None:
    r = extract("The Liberal Union endorsed Marko Ilic last month and has filed a complaint against Serbia.")
    assert ("Liberal Union", "PROTESTS", "Serbia") in r.triples
    assert ("Marko Ilic", "PROTESTS", "Serbia") not in r.triples


def test_a_verb_after_and_has_also_goes_on_with_the_first_subject(extract) -> None:
    r = extract("Poland expelled two Belarusian diplomats on Monday and has also closed its border with Belarus.")
    assert ("Poland", "COERCES", "Belarus") in r.triples


def test_a_verb_after_and_will_goes_on_with_the_first_subject(extract) -> None:
    r = extract("Kenyan police arrested the activist Joseph Mwangi on Friday and will charge him with sedition.")
    assert ("Kenya", "INVESTIGATES", "Joseph Mwangi") in r.triples


def test_after_a_relative_clause_and_is_goes_back_to_the_main_subject(extract) -> None:
    r = extract("Mali has since deepened ties with Qatar, which has supplied armoured vehicles, and is reportedly "
                "negotiating a defence pact with Turkey.")
    assert ("Qatar", "NEGOTIATES_WITH", "Turkey") not in r.triples
