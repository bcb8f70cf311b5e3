"""Round 18 (D): a participle after "and" inside a subordinate clause with its own pronoun subject ("since it won
the vote and suspended talks") is that clause's verb, not a conjunct of the passive before it."""

from __future__ import annotations


def test_since_clause_conjunct_is_not_passive(extract) -> None:
    r = extract("The ruling Dawn party has been criticised by European governments over press freedom since it "
                "took power in 2023 and suspended talks with the European Union.")
    assert ("European governments", "COERCES", "Dawn") not in r.triples


def test_plain_passive_conjunct_still_shared(extract) -> None:
    r = extract("Rosa Lagos was detained by Chilean police on Tuesday and later charged with fraud.")
    assert ("Chile", "COERCES", "Rosa Lagos") in r.triples
    assert ("Chile", "INVESTIGATES", "Rosa Lagos") in r.triples
