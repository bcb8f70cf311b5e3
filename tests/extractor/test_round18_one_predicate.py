"""Round 18 (E): a relative clause naming one body ("which Chile designated a terrorist organisation") is about the
last conjunct of its antecedent only; a plural predicate ("as terrorist groups") keeps all of them."""

from __future__ import annotations


def test_singular_designation_names_the_last_conjunct(extract) -> None:
    r = extract("The scheme raised millions for the Andean Guard and for the Altiplano Front, which Chile designated "
                "a terrorist organisation in 2011.")
    assert ("Chile", "DESIGNATES", "Altiplano Front") in r.triples
    assert ("Chile", "DESIGNATES", "Andean Guard") not in r.triples


def test_plural_designation_keeps_all(extract) -> None:
    r = extract("Peru backed the Andean Guard and the Altiplano Front, which Chile designated as terrorist groups.")
    assert ("Chile", "DESIGNATES", "Altiplano Front") in r.triples
    assert ("Chile", "DESIGNATES", "Andean Guard") in r.triples
