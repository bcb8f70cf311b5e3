"""Round 15 (actor surface forms): a middle initial is part of a person's name, wherever the person stands."""

from __future__ import annotations


def test_a_middle_initial_in_the_object(extract) -> None:
    r = extract("Marta Ilunga held talks with Oskar T. Brandvold in Accra on Monday.")
    assert ("Marta Ilunga", "NEGOTIATES_WITH", "Oskar T. Brandvold") in r.triples


def test_a_middle_initial_in_the_subject_and_a_later_surname(extract) -> None:
    r = extract("Oskar T. Brandvold accused Marta Ilunga of fraud on Monday. Brandvold later threatened Kofi Asante.")
    assert ("Oskar T. Brandvold", "ACCUSES", "Marta Ilunga") in r.triples
    assert ("Oskar T. Brandvold", "THREATENS", "Kofi Asante") in r.triples
    assert r.kinds.keys() == {"Oskar T. Brandvold", "Marta Ilunga", "Kofi Asante"}

