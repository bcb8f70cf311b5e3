"""Round 14: a surname that ends like an adjective ("-al", "-ic", "-ish") opening a sentence with a possessive
("Bilal's lawyer said ...") is a name, not an adjective such as "Federal troops" (capitalised_runs.py)."""

from __future__ import annotations


def test_adjective_like_surname_with_possessive_is_the_person(extract):
    r = extract("Georgian police detained the opposition deputy Giorgi Abashidze-Kobal on Wednesday. "
                "Abashidze-Kobal's lawyer said the charges were fabricated.")
    assert ("Giorgi Abashidze-Kobal", "DENIES", "Georgia") in r.triples


def test_adjective_like_organisation_with_possessive(extract):
    r = extract("Dignital, a Peruvian press freedom group, published a report on Monday. "
                "Dignital's director, Carmen Rojas, said the police had raided two newsrooms.")
    assert ("Carmen Rojas", "LEADS", "Dignital") in r.triples


def test_capitalised_adjective_still_no_actor(extract):
    r = extract("Federal troops arrested Marco Ruiz in Sonora on Monday, Mexican officials said. "
                "Islamist fighters later attacked a police post.")
    assert not any(name.split()[0] in ("Federal", "Islamist") for name in r.kinds)
