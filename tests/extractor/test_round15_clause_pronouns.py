"""Round 15, clause variation: in reported speech, 'it'/'them' after the reported act is the speaker when the
clause names no one else who could be ('Peru said Chile had attacked it');
the one who acts in the reported clause is never its own object ('had called on it', 'did not urge it')."""

from __future__ import annotations


def test_the_speaker_is_the_object_of_the_act_it_reports_in_that_clause_only(extract) -> None:
    cases = (("Guyana said Venezuela had attacked it on Sunday.", ("Venezuela", "ATTACKS", "Guyana")),
             ("Guyana says Venezuela sanctioned it.", ("Venezuela", "SANCTIONS", "Guyana")),
             ("Guyana said Venezuela had called on it to withdraw its troops.", ("Venezuela", "DEMANDS", "Guyana")),
             ("Guyana said Venezuela did not urge it to withdraw.", ("Venezuela", "DEMANDS", "Guyana")))
    for text, triple in cases:
        assert triple in extract(text).triples, text
    r = extract("Guyana proposed a truce and Venezuela backed it.")
    assert not [t for t in r.triples if t[1] == "SUPPORTS"]
    r = extract("Guyana said the truce was fair and Venezuela backed it.")
    assert not [t for t in r.triples if t[1] == "SUPPORTS"]
