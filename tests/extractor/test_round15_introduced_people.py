"""Round 15, anaphora across sentences: "the 58-year-old", "the general" or "the former president" is the one
person introduced with that age, rank or former post ("X, 58," / "a 58-year-old lawyer, X," / "Lt. Gen. X" /
"former President X"); left alone when two people share it."""

from __future__ import annotations


def test_the_age_description_is_the_person_introduced_with_that_age(extract) -> None:
    r = extract("Farida Osman, 58, registered as a presidential candidate in Khartoum on Monday. "
                "The 58-year-old accused Egypt of meddling in the vote.")
    assert ("Farida Osman", "ACCUSES", "Egypt") in r.triples
    r = extract("Police in Cairo detained a 58-year-old publisher, Samir Wahba, on Monday. "
                "Sudan called on Egypt to free the 58-year-old, and Ruth Malik met the 58-year-old on Friday.")
    assert ("Ruth Malik", "MEETS_WITH", "Samir Wahba") in r.triples

    r = extract("Farida Osman, 58, and Samir Wahba, 58, registered as candidates on Monday. "
                "The 58-year-old accused Egypt of meddling in the vote, and Ruth Malik met the 58-year-old.")
    assert not any(t[1] in ("ACCUSES", "MEETS_WITH") and {"Farida Osman", "Samir Wahba"} & {t[0], t[2]}
                   for t in r.triples)  # two share the age: left alone


def test_the_general_is_the_person_introduced_with_that_rank(extract) -> None:
    r = extract("Lt. Gen. Idris Kamara and opposition leader Mariam Sesay traded accusations in Freetown on Monday. "
                "The general accused Liberia of arming the opposition.")
    assert ("Idris Kamara", "ACCUSES", "Liberia") in r.triples
    assert ("Mariam Sesay", "ACCUSES", "Liberia") not in r.triples
    r = extract("Gen. Idris Kamara returned to Freetown on Monday. The general election was then postponed, and "
                "Guinea denied the general's claims.")
    assert ("Guinea", "DENIES", "Idris Kamara") in r.triples


def test_the_former_president_is_the_person_introduced_as_former_president(extract) -> None:
    r = extract("President Aminata Conteh received former President Idris Kamara in Freetown on Monday. "
                "Liberia accused the former president of smuggling diamonds.")
    assert ("Liberia", "ACCUSES", "Idris Kamara") in r.triples
    assert ("Liberia", "ACCUSES", "Aminata Conteh") not in r.triples
    r = extract("Idris Kamara, a former defence minister, returned to Freetown on Monday. "
                "The former minister met Liberian envoy Joseph Dolo on Tuesday.")
    assert ("Idris Kamara", "MEETS_WITH", "Joseph Dolo") in r.triples
    r = extract("Idris Kamara, Sierra Leone's former president, returned to Freetown on Monday. "
                "The former president accused Liberia of meddling.")
    assert ("Idris Kamara", "ACCUSES", "Liberia") in r.triples
