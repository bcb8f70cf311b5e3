"""Round 17 (lead): "accused the police of killing ..." blames the state the police act for; only "the police of
X" (a name after "of") names a state of its own."""

from __future__ import annotations


def test_accused_the_police_of(extract) -> None:
    r = extract("Malawian police detained two activists. Opposition leader Grace Mwale has accused the police of "
                "torturing them, a charge the government denies.")
    assert ("Grace Mwale", "ACCUSES", "Malawi") in r.triples
    assert ("Malawi", "DENIES", "Grace Mwale") in r.triples


def test_accused_the_security_forces_of(extract) -> None:
    r = extract("Malawian police detained two activists. Grace Mwale, an opposition leader, accused the security "
                "forces of killing her driver.")
    assert ("Grace Mwale", "ACCUSES", "Malawi") in r.triples
