"""Round 18 (G): a verb joined by ", and later" / ", and then" goes on with the clause's subject, not with the
object (or its apposition) that stands before the comma."""

from __future__ import annotations


def test_and_later_after_an_adjunct(extract) -> None:
    r = extract("Officers of the Harbour Guard detained Imre Vadasz at his farm on Sunday, and later arrested Lucio Ferrante.")
    assert ("Harbour Guard", "COERCES", "Lucio Ferrante") in r.triples
    assert ("Imre Vadasz", "COERCES", "Lucio Ferrante") not in r.triples


def test_and_then_after_an_apposition(extract) -> None:
    r = extract("The Harbour Guard questioned Imre Vadasz, a fisherman, and then detained Lucio Ferrante.")
    assert ("Harbour Guard", "COERCES", "Lucio Ferrante") in r.triples
    assert not any(t[0] == "Imre Vadasz" for t in r.triples)


def test_new_subject_after_then_keeps_its_own(extract) -> None:
    r = extract("Chile met Peru on Monday, and then Bolivia accused Chile of meddling.")
    assert ("Bolivia", "ACCUSES", "Chile") in r.triples
    assert ("Chile", "ACCUSES", "Chile") not in r.triples


def test_then_without_and(extract) -> None:
    r = extract("The Harbour Guard questioned Imre Vadasz on Friday, then detained Lucio Ferrante.")
    assert ("Harbour Guard", "COERCES", "Lucio Ferrante") in r.triples
    assert ("Imre Vadasz", "COERCES", "Lucio Ferrante") not in r.triples
