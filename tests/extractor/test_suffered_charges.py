"""Round 31 (A): a wrong told as what its victims suffered inside a report accuses the passive's agent
(suffered_charges.py)."""

from __future__ import annotations


def test_victims_passive_accuses_the_agent(extract) -> None:
    r = extract("Chile's defence minister, Ana Ruiz, said two border guards had been ambushed by Peruvian troops.")
    assert ("Ana Ruiz", "ACCUSES", "Peru") in r.triples


def test_an_organisation_as_the_agent(extract) -> None:
    r = extract("The Andean Rights Network said the fishermen were harassed by the Southern Liberation Front.")
    assert ("Andean Rights Network", "ACCUSES", "Southern Liberation Front") in r.triples


def test_adjunct_and_description_before_the_agent(extract) -> None:
    r = extract("Marco Ruiz retracted his confession, saying it had been beaten out of him by officers of the "
                "National Intelligence Directorate.")
    assert ("Marco Ruiz", "ACCUSES", "National Intelligence Directorate") in r.triples


def test_own_forces_are_not_accused(extract) -> None:
    r = extract("Chile's defence minister, Ana Ruiz, said the smugglers had been shot by Chilean troops.")
    assert ("Ana Ruiz", "ACCUSES", "Chile") not in r.triples


def test_doubted_report_accuses_no_one(extract) -> None:
    r = extract("Chile said it was unclear whether the convoy had been attacked by Peruvian troops.")
    assert ("Chile", "ACCUSES", "Peru") not in r.triples


def test_participle_that_is_no_wrong(extract) -> None:
    r = extract("Chile said the fishermen had been welcomed by Peruvian officials.")
    assert ("Chile", "ACCUSES", "Peru") not in r.triples


def test_passive_without_a_speaker(extract) -> None:
    r = extract("Two border guards were ambushed by Peruvian troops near the river.")
    assert not any(t[1] == "ACCUSES" for t in r.triples)


def test_victim_of_a_wrong_noun_by_the_agent(extract) -> None:
    r = extract("Ana Ruiz's lawyer, Marco Diaz, said his client was the victim of \"political persecution\" by the "
                "Attorney General's Office.")
    assert ("Marco Diaz", "ACCUSES", "Attorney General's Office") in r.triples


def test_subjected_to_and_at_the_hands_of(extract) -> None:
    r = extract("The Andean Rights Network said the detainees were subjected to torture by officers of the National "
                "Intelligence Directorate.")
    assert ("Andean Rights Network", "ACCUSES", "National Intelligence Directorate") in r.triples
    r = extract("Chile said its fishermen had suffered abuse at the hands of Peruvian troops.")
    assert ("Chile", "ACCUSES", "Peru") in r.triples


def test_denied_victimhood_accuses_no_one(extract) -> None:
    r = extract("Chile denied that the town was the victim of an attack by Peruvian troops.")
    assert ("Chile", "ACCUSES", "Peru") not in r.triples
