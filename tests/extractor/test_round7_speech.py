"""Round 7, speech acts: constructions that recur across corpora written by different people."""

from __future__ import annotations


def test_criticism_joined_to_a_demand_accuses_the_one_addressed(extract) -> None:
    r = extract("Chile's foreign minister, Paula Reyes, condemned the raid on the consulate and called on Peru "
                "to punish those responsible.")
    assert ("Paula Reyes", "ACCUSES", "Peru") in r.triples
    assert ("Paula Reyes", "DEMANDS", "Peru") in r.triples
    r = extract("Norway said it was deeply troubled by the expulsions and urged Belarus to let the diplomats return.")
    assert ("Norway", "ACCUSES", "Belarus") in r.triples
    r = extract('Ghana said the border closure was "an illegal act" and demanded that Togo reopen the crossing.')
    assert ("Ghana", "ACCUSES", "Togo") in r.triples


def test_a_demand_without_criticism_accuses_no_one(extract) -> None:
    r = extract("Denmark welcomed the talks and urged Iceland to sign the fisheries accord.")
    assert ("Denmark", "DEMANDS", "Iceland") in r.triples
    assert ("Denmark", "ACCUSES", "Iceland") not in r.triples


def test_criticism_then_a_request_to_act_on_another_state_accuses_that_state_not_the_one_asked(extract) -> None:
    r = extract("Jordan condemned the shelling and asked Egypt to press Syria for a ceasefire.")
    assert ("Jordan", "DEMANDS", "Egypt") in r.triples
    assert ("Jordan", "ACCUSES", "Egypt") not in r.triples


def test_a_demand_that_someone_be_freed_is_not_made_of_them(extract) -> None:
    r = extract("Amnesty International condemned the verdict and demanded that Omar Haddad be released at once.")
    assert ("Amnesty International", "ACCUSES", "Omar Haddad") not in r.triples


def test_a_condition_on_the_speakers_own_course_is_a_demand(extract) -> None:
    r = extract("The union leader, Marta Kovac, told state television that her members would stay on strike "
                "unless Croatia agreed to a pay rise.")
    assert ("Marta Kovac", "DEMANDS", "Croatia") in r.triples
    r = extract("Foreign Minister Ali Hassan said Khartoum would only return to the talks once Ethiopia withdrew "
                "its troops.")
    assert ("Ali Hassan", "DEMANDS", "Ethiopia") in r.triples
    assert ("Sudan", "DEMANDS", "Ethiopia") not in r.triples  # the speaker, not the state of his own course
    r = extract("Opposition leader Ruth Banda had urged supporters to boycott the vote unless Malawi agreed to "
                "reforms.")
    assert ("Ruth Banda", "DEMANDS", "Malawi") in r.triples


def test_a_time_clause_opening_the_sentence_is_no_demand(extract) -> None:
    r = extract("Once Kenya released the figures, Uganda said it would review its own.")
    assert ("Uganda", "DEMANDS", "Kenya") not in r.triples


def test_an_appeal_for_calm_is_a_demand_on_the_two_sides_in_conflict(extract) -> None:
    r = extract("Armenia accused Azerbaijan on Monday of shelling three border villages. Germany urged restraint.")
    assert ("Germany", "DEMANDS", "Armenia") in r.triples
    assert ("Germany", "DEMANDS", "Azerbaijan") in r.triples
    r = extract("Guyana accused Venezuela of massing troops on the Essequibo border. Brazil and Colombia called "
                "for direct talks in a joint statement.")
    assert {("Brazil", "DEMANDS", "Venezuela"), ("Colombia", "DEMANDS", "Guyana")} <= r.triples


def test_an_appeal_for_calm_does_not_make_demands_of_the_speakers_side(extract) -> None:
    r = extract("Armenia accused Azerbaijan on Monday of shelling three border villages. Armenian Prime Minister "
                "Ruben Avetisyan called for an immediate ceasefire.")
    assert ("Ruben Avetisyan", "DEMANDS", "Azerbaijan") in r.triples
    assert ("Ruben Avetisyan", "DEMANDS", "Armenia") not in r.triples


def test_an_appeal_without_a_conflict_or_with_its_addressee_named_is_not_spread(extract) -> None:
    r = extract("Kenya urged restraint ahead of the election.")
    assert not any(t[1] == "DEMANDS" for t in r.triples)
    r = extract("Armenia accused Azerbaijan on Monday of shelling three border villages. Germany called for talks "
                "with Turkey.")
    assert ("Germany", "DEMANDS", "Armenia") not in r.triples


def test_a_rejection_in_quoted_words_that_turn_the_charge_back_accuses_the_accuser(extract) -> None:
    r = extract('Chile accused Bolivia on Monday of rigging the referendum. Bolivian President Marco Rojas dismissed '
                'the accusation as "an attempt to distract from Chile\'s own crisis".')
    assert ("Marco Rojas", "ACCUSES", "Chile") in r.triples


def test_a_rejection_saying_the_accuser_did_something_accuses_it(extract) -> None:
    r = extract("Ecuador accused Peru of shelling a border post on Sunday. Peruvian Defence Minister Ana Soto rejected "
                "the charge, saying Ecuador had staged the incident.")
    assert ("Ana Soto", "ACCUSES", "Ecuador") in r.triples


def test_a_plain_denial_accuses_no_one(extract) -> None:
    r = extract('Kenya accused Uganda of arming the rebels. Uganda rejected the charge as "baseless and absurd".')
    assert ("Uganda", "ACCUSES", "Kenya") not in r.triples
    r = extract("Ecuador accused Peru of shelling a border post on Sunday. Peru rejected the charge, saying its "
                "troops had not fired a single shot.")
    assert ("Peru", "ACCUSES", "Ecuador") not in r.triples


def test_an_act_judged_in_reported_speech_or_described_as_revenge_accuses_its_author(extract) -> None:
    r = extract("Chile imposed sanctions on two Argentine banks on Monday. Argentina's economy minister, Laura Pinto, "
                "said the measures were illegal.")
    assert ("Laura Pinto", "ACCUSES", "Chile") in r.triples
    r = extract("Police in Nairobi arrested opposition spokesman David Otieno on Friday. Opposition leader Ruth Wanjiru "
                "described the arrest as political revenge.")
    assert ("Ruth Wanjiru", "ACCUSES", "Kenya") in r.triples


def test_an_act_judged_favourably_accuses_no_one(extract) -> None:
    r = extract("Ghana imposed new measures on cocoa exports on Monday. Togo said the measures were necessary.")
    assert ("Togo", "ACCUSES", "Ghana") not in r.triples


def test_rejected_criticism_voiced_by_a_leader_answers_the_leaders_state(extract) -> None:
    r = extract('Kosovo police arrested three Serb officials on Tuesday. Serbian President Marko Ilic said the '
                'arrests were "a provocation". Kosovo\'s prime minister, Ana Berisha, rejected the criticism.')
    assert ("Marko Ilic", "ACCUSES", "Kosovo") in r.triples
    assert ("Ana Berisha", "REJECTS", "Serbia") in r.triples
    assert ("Ana Berisha", "REJECTS", "Marko Ilic") not in r.triples


def test_a_demand_naming_no_one_is_made_of_the_one_just_accused(extract) -> None:
    r = extract("Peru's foreign minister, Carla Rios, accused Chile of detaining Peruvian fishermen and demanded "
                "their immediate return.")
    assert ("Carla Rios", "DEMANDS", "Chile") in r.triples
    r = extract("Opposition leader Tomas Mendez accused Honduras of hiding the death toll. He has called for an "
                "independent inquiry into the floods.")
    assert ("Tomas Mendez", "DEMANDS", "Honduras") in r.triples


def test_a_withdrawal_demanded_is_of_the_state_whose_forces_they_are(extract) -> None:
    r = extract("About 800 Turkish troops remain in the enclave, and Cyprus has repeatedly demanded their withdrawal.")
    assert ("Cyprus", "DEMANDS", "Turkey") in r.triples


def test_a_demand_naming_no_one_after_no_accusation_is_made_of_no_one(extract) -> None:
    r = extract("Opposition leader Tomas Mendez praised Honduras for its flood response. He has called for an "
                "independent inquiry into the floods.")
    assert ("Tomas Mendez", "DEMANDS", "Honduras") not in r.triples
