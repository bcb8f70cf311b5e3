"""Round 14, events: a participle coordinated with a passive verb shares its patient and agent ("was detained ... and
questioned"). Sentences invented for these tests."""

from __future__ import annotations


def test_detained_and_questioned(extract):
    r = extract("QUITO, May 2 - A local driver, Tomas Yupanqui, was detained by police in Quito for several hours on "
                "Friday and questioned about his passengers, his brother said.")
    assert ("Ecuador", "COERCES", "Tomas Yupanqui") in r.triples
    assert ("Ecuador", "INVESTIGATES", "Tomas Yupanqui") in r.triples


def test_arrested_and_accused_by_the_captor_is_a_charge(extract):
    r = extract("HANOI, May 2 - Vietnam tightened controls on Friday. A blogger, Le Minh Chau, was arrested at her "
                "home in Hanoi and accused of spreading propaganda.")
    assert ("Vietnam", "COERCES", "Le Minh Chau") in r.triples
    assert ("Vietnam", "INVESTIGATES", "Le Minh Chau") in r.triples


def test_by_agent_carries_to_the_second_participle(extract):
    r = extract("Anton Lazarev was detained by the Estonian Internal Security Service on Monday and later charged "
                "with spying.")
    assert ("Estonian Internal Security Service", "INVESTIGATES", "Anton Lazarev") in r.triples


def test_new_subject_after_and_is_not_the_patient(extract):
    r = extract("QUITO, May 2 - Tomas Yupanqui was detained by police in Quito on Friday and Peru protested.")
    assert ("Ecuador", "COERCES", "Tomas Yupanqui") in r.triples
    assert not any(t == "PROTESTS" and o == "Tomas Yupanqui" for _, t, o in r.triples)


def test_active_clause_after_and_keeps_its_own_subject(extract):
    r = extract("QUITO, May 2 - Tomas Yupanqui was detained in Quito on Friday, and his lawyer, Rosa Quinde, "
                "accused Ecuador of harassment.")
    assert ("Rosa Quinde", "ACCUSES", "Ecuador") in r.triples
    assert ("Ecuador", "INVESTIGATES", "Tomas Yupanqui") not in r.triples


def test_released_after_detention_is_not_a_new_event(extract):
    r = extract("QUITO, May 2 - Tomas Yupanqui was detained in Quito on Friday and released on bail.")
    assert {t for _, t, o in r.triples if o == "Tomas Yupanqui"} == {"COERCES"}


def test_relative_clause_between_blocks_the_conjunct(extract):
    r = extract("QUITO, May 2 - Tomas Yupanqui was detained after a rally which Rosa Quinde organised and "
                "questioned the police account.")
    assert ("Ecuador", "INVESTIGATES", "Tomas Yupanqui") not in r.triples


def test_picked_up_and_questioned_by_the_body_its_spokesperson_speaks_for(extract):
    r = extract("LUSAKA, May 2 - Zambia's Drug Enforcement Commission on Friday widened its inquiry into a customs "
                "scheme. Mary Phiri, a clearing agent, was picked up at her office in Ndola and questioned for five "
                "hours, commission spokesperson Chanda Mwale said.")
    assert ("Drug Enforcement Commission", "COERCES", "Mary Phiri") in r.triples
    assert ("Drug Enforcement Commission", "INVESTIGATES", "Mary Phiri") in r.triples
    assert ("Zambia", "COERCES", "Mary Phiri") not in r.triples


def test_picked_up_votes_is_no_arrest(extract):
    r = extract("The Citizens' Alliance picked up 12 seats in Ndola and Zambia's ruling party lost ground.")
    assert not any(t == "COERCES" for _, t, _ in r.triples)
