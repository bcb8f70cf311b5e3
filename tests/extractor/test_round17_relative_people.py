"""Round 17 (lead): the people around a person are not the person ("arrested supporters of X", "detained X's
aides"); a verb in a relative clause on a common noun ("officials who met X") has that noun's referent as its
subject, not the sentence's subject."""

from __future__ import annotations


def test_supporters_of_a_person_are_not_the_person(extract) -> None:
    r = extract("Zambian police arrested supporters of opposition leader Mwila Banda on Monday.")
    assert ("Zambia", "COERCES", "Mwila Banda") not in r.triples
    r = extract("Opposition leader Mwila Banda left Lusaka. Zambian police detained Banda's aides.")
    assert ("Zambia", "COERCES", "Mwila Banda") not in r.triples


def test_the_person_and_his_aides(extract) -> None:
    r = extract("Zambian police arrested opposition leader Mwila Banda and two of his aides.")
    assert ("Zambia", "COERCES", "Mwila Banda") in r.triples


def test_relative_clause_on_a_common_noun(extract) -> None:
    r = extract("Norway sanctioned officials who met Mwila Banda.")
    assert ("Norway", "MEETS_WITH", "Mwila Banda") not in r.triples
    r = extract("Zambian police fired tear gas at protesters who rallied in support of Mwila Banda.")
    assert ("Zambia", "SUPPORTS", "Mwila Banda") not in r.triples


def test_relative_clause_describing_a_name_keeps_it(extract) -> None:
    r = extract("Father Tomas Okello, a priest who negotiated with Uganda, declined to comment.")
    assert ("Tomas Okello", "NEGOTIATES_WITH", "Uganda") in r.triples
