"""Round 18 (G): "on charges of" told inside a relative clause about someone unnamed ("a trader who was held on
charges of fraud") does not make the sentence's expulsion or arrest a prosecution of its own target."""

from __future__ import annotations


def test_charges_of_someone_else(extract) -> None:
    r = extract("Iceland on Tuesday ordered three Danish diplomats to leave, accusing them of plotting with a trader "
                "who was detained last month on charges of smuggling.")
    assert ("Iceland", "COERCES", "three Danish diplomats") in r.triples
    assert ("Iceland", "INVESTIGATES", "three Danish diplomats") not in r.triples


def test_own_charges_after_a_closed_relative(extract) -> None:
    r = extract("Icelandic police arrested Sverrir Holm, a pilot who had flown cargo for the army, on charges of smuggling.")
    assert ("Iceland", "INVESTIGATES", "Sverrir Holm") in r.triples
    r = extract("Icelandic police arrested Sverrir Holm on Tuesday on charges of smuggling.")
    assert ("Iceland", "INVESTIGATES", "Sverrir Holm") in r.triples
