"""Round 10, speech and stance: a speaker's verdict on an act ("said the strikes were illegal") or disapproval
of it ("was alarmed by the arrests") accuses whoever carried the act out; rejecting the criticism a state's
leader voiced answers that state."""

from __future__ import annotations

# -- 'said the <act> was <a wrong>': the speaker accuses the act's agent ---------------------------------------


def test_a_verdict_on_sanctions_accuses_who_imposed_them(extract) -> None:
    r = extract("Canada imposed sanctions on Peru on Monday. The Peruvian foreign ministry said the measures were "
                "\"illegal and racist\" and demanded that they be lifted.")
    assert ("Peru", "ACCUSES", "Canada") in r.triples


def test_a_verdict_on_strikes_accuses_the_attacker(extract) -> None:
    r = extract("Kenya launched air strikes on Somalia on Sunday. Somalia's defence ministry said the strikes "
                "were a flagrant violation of national sovereignty.")
    assert ("Somalia", "ACCUSES", "Kenya") in r.triples


def test_a_motive_imputed_to_an_act_accuses_its_agent(extract) -> None:
    r = extract("Police in Bolivia arrested the union leader Tomasa Quispe on Tuesday. Her deputy, Rolando Mita, "
                "told reporters that the arrest was meant to intimidate striking miners.")
    assert ("Rolando Mita", "ACCUSES", "Bolivia") in r.triples


def test_a_favourable_verdict_is_no_accusation(extract) -> None:
    r = extract("Canada imposed sanctions on Peru on Monday. Canada's foreign minister, Odile Brassard, said the "
                "measures were lawful and targeted.")
    assert not any(t[1] == "ACCUSES" for t in r.triples)


def test_a_negated_verdict_is_no_accusation(extract) -> None:
    r = extract("Canada imposed sanctions on Peru on Monday. A Canadian spokeswoman, Odile Brassard, said the "
                "measures were not an attempt to punish ordinary people.")
    assert ("Odile Brassard", "ACCUSES", "Canada") not in r.triples


def test_a_motive_clause_inside_a_claim_is_no_verdict(extract) -> None:
    # "staged to justify revenge": the motive is the speaker's claim about someone else, not a wrong of the act
    r = extract("Kenya launched air strikes on Somalia on Sunday. Local elders said the strikes were planned "
                "for weeks to justify revenge.")
    assert not any(t[1] == "ACCUSES" for t in r.triples)


# -- 'was alarmed by the arrest', 'expressed concern over the sentences' ------------------------------------------


def test_alarm_at_an_arrest_accuses_the_detaining_state(extract) -> None:
    r = extract("Security agents in Belarus detained the blogger Olga Venska on Friday. The Lithuanian foreign "
                "ministry said it was \"alarmed\" by the arrest.")
    assert ("Lithuania", "ACCUSES", "Belarus") in r.triples


def test_concern_voiced_over_strikes_accuses_the_attacker(extract) -> None:
    r = extract("Israel bombed Lebanon on Monday. Jordan expressed deep concern over the strikes.")
    assert ("Jordan", "ACCUSES", "Israel") in r.triples


def test_concern_with_no_act_named_accuses_no_one(extract) -> None:
    r = extract("Israel bombed Lebanon on Monday. Jordan said it was deeply concerned about the humanitarian "
                "situation.")
    assert ("Jordan", "ACCUSES", "Israel") not in r.triples


# -- 'rejected the criticism' a leader voiced: the leader's state is answered ------------------------------------


def test_rejecting_a_presidents_criticism_answers_the_state(extract) -> None:
    r = extract("Police in Georgia arrested four Armenian truck drivers on Monday. Armenian President Narek "
                "Avagyan said the arrests were \"a provocation\". Georgia's prime minister, Levan Beridze, rejected "
                "the criticism.")
    assert ("Levan Beridze", "REJECTS", "Armenia") in r.triples


# -- a denial of a deed or of any involvement answers the charge or measure against the denier -----------------


def test_denying_involvement_answers_a_charge(extract) -> None:
    r = extract("Prosecutors in Ghana have charged the former minister Kwesi Amankwah with fraud. Amankwah, through "
                "his lawyer, has denied any involvement.")
    assert ("Kwesi Amankwah", "DENIES", "Ghana") in r.triples


def test_denying_a_deed_answers_an_investigation(extract) -> None:
    r = extract("Police in Ghana are investigating the former minister Yaw Boateng over a land sale. He has denied "
                "taking bribes.")
    assert ("Yaw Boateng", "DENIES", "Ghana") in r.triples


def test_a_denial_paragraphs_after_the_charge_still_answers_it(extract) -> None:
    r = extract("Prosecutors in Ghana have charged the former governor Efua Sarpong with abuse of office.\n\n"
                "She has lived in Togo since March. Togolese officials have not commented. The case has "
                "divided the ruling party.\n\nSarpong has denied ordering the payments.")
    assert ("Efua Sarpong", "DENIES", "Ghana") in r.triples


def test_a_charge_he_denies_answers_whoever_charged_him(extract) -> None:
    r = extract("Ghana's interior minister, Ama Owusu, accused the Volta council of hiding funds. Prosecutors in "
                "Ghana have since charged the council's chairman, Kofi Adjei, with treason, an accusation he denies.")
    assert ("Kofi Adjei", "DENIES", "Ghana") in r.triples


def test_a_denial_by_someone_not_charged_answers_no_charge(extract) -> None:
    r = extract("Prosecutors in Ghana have charged the former minister Kwesi Amankwah with fraud. The Volta "
                "Traders Union denied any involvement.")
    assert not any(t[1] == "DENIES" for t in r.triples)


# -- abuse by a state's forces told on a rights body's word accuses the state ------------------------------------


def test_a_rights_body_reporting_beatings_in_custody_accuses_the_state(extract) -> None:
    r = extract("MASERU, May 2 - Police in Lesotho arrested dozens of textile workers on Monday. The Garment Workers "
                "Legal Clinic said several of them had been beaten in police custody.")
    assert ("Garment Workers Legal Clinic", "ACCUSES", "Lesotho") in r.triples


def test_abuse_told_according_to_a_group_accuses_the_state(extract) -> None:
    r = extract("LUSAKA, May 2 - Police detained nine student leaders in Kitwe on Friday, according to the Copperbelt "
                "Students Union, which said two of them had been assaulted in custody.")
    assert ("Copperbelt Students Union", "ACCUSES", "Zambia") in r.triples


def test_protesters_shot_dead_on_a_rights_groups_word_accuses_the_state(extract) -> None:
    r = extract("Crowds marched through Conakry for a third day against the constitutional change. The Guinean "
                "Observatory for Human Rights said on Friday that at least four protesters had been shot dead.")
    assert ("Guinean Observatory for Human Rights", "ACCUSES", "Guinea") in r.triples


def test_a_state_body_reporting_soldiers_killed_accuses_no_one(extract) -> None:
    r = extract("MAPUTO, May 2 - Insurgents attacked a base in the north of Mozambique on Sunday. The Mozambican "
                "army said 12 soldiers had been killed.")
    assert not any(t[1] == "ACCUSES" for t in r.triples)


def test_a_group_boasting_of_killing_soldiers_accuses_no_one(extract) -> None:
    r = extract("MAPUTO, May 2 - The Northern Liberation Front said in a statement that it had killed dozens of "
                "soldiers near the border.")
    assert ("Northern Liberation Front", "ACCUSES", "Mozambique") not in r.triples


def test_a_body_that_will_look_into_complaints_accuses_no_one(extract) -> None:
    r = extract("MASERU, May 2 - The Lesotho Human Rights Commission said it would look into complaints that "
                "officers beat detained textile workers.")
    assert ("Lesotho Human Rights Commission", "ACCUSES", "Lesotho") not in r.triples
