"""Round 15, anaphora across sentences: "denied his claims", "rejected its accusations", "denied the envoy's
claims" — the possessor of the denied claim is the party the denial answers, named in an earlier sentence."""

from __future__ import annotations


def test_a_possessive_pronoun_before_denied_claims_is_the_party_named_before(extract) -> None:
    r = extract("Special envoy Ingrid Dahl briefed reporters in Juba on Friday. Ethiopia denied her claims on Saturday.")
    assert ("Ethiopia", "DENIES", "Ingrid Dahl") in r.triples
    r = extract("The Ogaden Patriotic Front overran a police post near the Kenyan border on Sunday. "
                "Ethiopia rejected its accusations on Tuesday.")
    assert ("Ethiopia", "DENIES", "Ogaden Patriotic Front") in r.triples or \
        ("Ethiopia", "REJECTS", "Ogaden Patriotic Front") in r.triples


def test_a_role_description_before_denied_claims_is_the_person_with_that_role(extract) -> None:
    r = extract("Special envoy Ingrid Dahl briefed reporters in Juba on Friday. "
                "Ethiopia denied the envoy's claims on Saturday.")
    assert ("Ethiopia", "DENIES", "Ingrid Dahl") in r.triples
