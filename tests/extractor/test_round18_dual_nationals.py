"""Round 18 (E): two demonyms joined by a hyphen before a person noun ("a Peruvian-British businessman") are one
person's nationalities, not a pair of states; before "talks" they still are."""

from __future__ import annotations


def test_dual_national_is_no_state_target(extract) -> None:
    r = extract("Last year Chile sanctioned a Peruvian-British businessman over a smuggling scheme.")
    assert not any(t[1] == "SANCTIONS" for t in r.triples)


def test_dual_national_noun(extract) -> None:
    r = extract("Chile arrested a dual Peruvian-Bolivian national on Monday.")
    assert not any(t[1] == "COERCES" and t[2] in ("Peru", "Bolivia") for t in r.triples)


def test_demonym_pair_before_talks_still_two_states(extract) -> None:
    r = extract("Peruvian-Bolivian talks resumed on Monday.")
    assert {("Peru", "NEGOTIATES_WITH", "Bolivia"), ("Bolivia", "NEGOTIATES_WITH", "Peru")} & r.triples
