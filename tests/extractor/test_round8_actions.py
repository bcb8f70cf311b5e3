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
