"""Round 15 (actor surface forms): a one-letter particle inside a person's name ("Ó") is part of the name."""

from __future__ import annotations


def test_a_one_letter_particle_in_the_object(extract) -> None:
    r = extract("Marta Ilunga signed a deal with Ciarán Ó Flaithbheartaigh in Cork on Monday.")
    assert ("Marta Ilunga", "AGREES_WITH", "Ciarán Ó Flaithbheartaigh") in r.triples


def test_a_one_letter_particle_in_the_subject(extract) -> None:
    r = extract("Ciarán Ó Flaithbheartaigh backed Marta Ilunga on Monday. Officials chose Plan B on Tuesday.")
    assert ("Ciarán Ó Flaithbheartaigh", "SUPPORTS", "Marta Ilunga") in r.triples
    assert r.kinds.keys() == {"Ciarán Ó Flaithbheartaigh", "Marta Ilunga"}  # a letter ending a run is no name's
