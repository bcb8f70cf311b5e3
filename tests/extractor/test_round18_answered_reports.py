"""Round 18 (E): a report that is a verb's object ("rejected a report by X") is answered, not the source the
sentence is told on: no attribution to X, no "reported" status, and X is not the agent of a passive."""

from __future__ import annotations


def test_rejected_report_is_no_attribution(extract) -> None:
    r = extract("Chile rejected a report by the Andean Rights Monitor and warned it could expel Peru's ambassador.")
    assert all(rel.attributed_to is None for rel in r.extraction.relations)
    assert not any(t[0] == "Andean Rights Monitor" for t in r.triples)


def test_rejected_report_denies_its_author(extract) -> None:
    r = extract("Chile rejected a report by the Andean Rights Monitor.")
    assert ("Chile", "DENIES", "Andean Rights Monitor") in r.triples


def test_according_to_a_report_still_attributes(extract) -> None:
    r = extract("Chile expelled Peru's ambassador, according to a report by the Andean Rights Monitor.")
    assert any(rel.attributed_to is not None for rel in r.extraction.relations)
