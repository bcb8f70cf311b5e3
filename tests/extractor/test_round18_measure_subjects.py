"""Round 18 (H): a state in a modifier saying what an agentless measure is about ("Bolivia-related sanctions",
"Iran-linked designations") is not the measure's taker."""

from __future__ import annotations


def test_related_state_is_no_sanctioner(extract) -> None:
    r = extract("The ruling follows a third round of Bolivia-related sanctions against Uruguayan banks.")
    assert not any(t[0] == "Bolivia" and t[1] == "SANCTIONS" for t in r.triples)


def test_the_documents_sanctioner_takes_it(extract) -> None:
    r = extract("Chile sanctioned Peru's navy chief on Monday. It was the third round of Bolivia-linked "
                "designations against Paraguayan shipping firms this year.")
    assert not any(t[0] == "Bolivia" for t in r.triples)
    assert ("Chile", "DESIGNATES", "Paraguayan shipping firms") in r.triples


def test_backed_state_still_counts(extract) -> None:
    r = extract("Chile imposed Bolivia-backed sanctions on Peru on Monday.")
    assert ("Chile", "SANCTIONS", "Peru") in r.triples
