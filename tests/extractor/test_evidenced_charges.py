"""Round 31 (A): a charge told through the evidence that shows it accuses (evidenced_charges.py)."""

from __future__ import annotations


def test_ruling_showed_that(extract) -> None:
    r = extract("The Andean Rights Network said the ruling showed that Peru was criminalising dissent.")
    assert ("Andean Rights Network", "ACCUSES", "Peru") in r.triples


def test_evidence_without_that(extract) -> None:
    r = extract("Chile said the evidence showed the Southern Liberation Front had smuggled weapons across the border.")
    assert ("Chile", "ACCUSES", "Southern Liberation Front") in r.triples


def test_no_evidence_accuses_no_one(extract) -> None:
    r = extract("Chile said no evidence showed that Peru had armed the rebels.")
    assert ("Chile", "ACCUSES", "Peru") not in r.triples


def test_evidence_of_no_wrong(extract) -> None:
    r = extract("Chile said phone records proved that Peru had won the vote.")
    assert ("Chile", "ACCUSES", "Peru") not in r.triples


def test_own_state_is_not_accused(extract) -> None:
    r = extract("Chile's interior minister, Ana Ruiz, said the audit had revealed that Chile had armed the rebels.")
    assert ("Ana Ruiz", "ACCUSES", "Chile") not in r.triples
