"""Round 18 (F): a bare surname the text already used for one person keeps meaning that person after a relative
with the same surname is named ("his wife, Ana Perez")."""

from __future__ import annotations


def test_surname_keeps_its_first_bearer_after_a_wife(extract) -> None:
    r = extract("Opposition leader Tomas Quiroga was arrested by Peru's police in March. Quiroga denies the charges. "
                "He was driven to Lima, according to his wife, Lucia Quiroga, and rights groups. A judge ordered "
                "that Quiroga remain in custody.")
    assert ("Peru", "COERCES", "Lucia Quiroga") not in r.triples


def test_surname_keeps_its_first_bearer_after_a_brother(extract) -> None:
    r = extract("Chile expelled diplomat Marco Ferri on Monday. Ferri said he would appeal. His brother, Luca Ferri, "
                "called the move unfair. Chile's government later accused Ferri of spying.")
    assert ("Chile", "ACCUSES", "Marco Ferri") in r.triples
    assert ("Chile", "ACCUSES", "Luca Ferri") not in r.triples

