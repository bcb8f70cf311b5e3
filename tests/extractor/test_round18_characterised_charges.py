"""Round 18 (E): calling, branding or describing someone's accusations as baseless denies them (DENIES their maker);
it is neither an accusation by the speaker nor a phone call."""

from __future__ import annotations


def test_calling_demonym_accusations_baseless(extract) -> None:
    r = extract('Peru\'s delegation to the United Nations rejected any role, calling Chilean accusations "baseless".')
    assert ("Peru", "DENIES", "Chile") in r.triples
    assert ("Peru", "ACCUSES", "Chile") not in r.triples


def test_called_possessive_claims_is_no_call(extract) -> None:
    r = extract("Bolivia called Chile's allegations groundless on Tuesday.")
    assert ("Bolivia", "DENIES", "Chile") in r.triples
    assert ("Bolivia", "MEETS_WITH", "Chile") not in r.triples


def test_described_claims_as_fabricated(extract) -> None:
    r = extract("Bolivia described Chile's claims as fabricated.")
    assert ("Bolivia", "DENIES", "Chile") in r.triples


def test_a_call_to_a_person_is_still_a_call(extract) -> None:
    r = extract("Bolivia called Chile's foreign minister on Tuesday.")
    assert any(t[1] == "MEETS_WITH" for t in r.triples)


def test_a_quoted_insult_is_still_an_accusation(extract) -> None:
    r = extract('Bolivia called Chile "a bully" on Tuesday.')
    assert ("Bolivia", "ACCUSES", "Chile") in r.triples
