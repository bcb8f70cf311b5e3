"""Round 18 (F): "its call for the X to be designated": the object of "for" is the subject (here the patient) of
the infinitive, not a prepositional object to skip on the way to the sentence's subject."""

from __future__ import annotations


def test_patient_of_a_passive_infinitive_after_for(extract) -> None:
    r = extract("Honduras renewed its call for the Jaguar Cartel to be designated a terrorist group by Mexico.")
    assert ("Mexico", "DESIGNATES", "Jaguar Cartel") in r.triples
    assert ("Mexico", "DESIGNATES", "Honduras") not in r.triples


def test_agent_of_an_active_infinitive_after_for(extract) -> None:
    r = extract("Honduras pressed for Mexico to sanction the Jaguar Cartel.")
    assert ("Mexico", "SANCTIONS", "Jaguar Cartel") in r.triples
    assert ("Honduras", "SANCTIONS", "Jaguar Cartel") not in r.triples
