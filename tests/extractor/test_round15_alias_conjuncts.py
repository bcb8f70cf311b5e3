"""A list of parties runs past another name of the one just named: "sanctioned X, known as Y, and Z", "the X Army
(XA) and the Y Front attacked"; a body that qualifies a person before it starts no list."""

from __future__ import annotations


def test_list_runs_past_a_known_as_name(extract) -> None:
    r = extract("Canada imposed sanctions on Idris Bashir Kamal, known as Abu Tiba, and on four companies "
                "based in Dubai.")
    assert ("Canada", "SANCTIONS", "Idris Bashir Kamal") in r.triples
    assert ("Canada", "SANCTIONS", "four companies") in r.triples


def test_list_runs_past_an_acronym_in_parentheses(extract) -> None:
    r = extract("Canada sanctioned the Western Salvation Army (WSA) and the Popular Front for Renewal.")
    assert ("Canada", "SANCTIONS", "Western Salvation Army") in r.triples
    assert ("Canada", "SANCTIONS", "Popular Front for Renewal") in r.triples


def test_subject_list_runs_past_an_acronym(extract) -> None:
    r = extract("The Western Salvation Army (WSA) and the Popular Front for Renewal attacked Chad on Sunday.")
    assert ("Western Salvation Army", "ATTACKS", "Chad") in r.triples
    assert ("Popular Front for Renewal", "ATTACKS", "Chad") in r.triples


def test_a_body_qualifying_a_person_starts_no_list(extract) -> None:
    r = extract("Ana Diaz of the Western Salvation Army (WSA) and Tom Reyes, who leads the Popular Front, "
                "attacked Chad.")
    assert ("Western Salvation Army", "ATTACKS", "Chad") not in r.triples
