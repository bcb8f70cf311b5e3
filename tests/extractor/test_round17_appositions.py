"""Round 17 (S): a tie stated in an apposition ("X, an armed group allied with Y", "X, a close ally of Y") is the
apposed name's, wherever that name stands; "formerly aligned with" is no standing tie."""

from __future__ import annotations


def test_allied_apposition_on_the_subject_is_support(extract) -> None:
    r = extract("The Red Hills Front, an armed group allied with the Coastal Unity Council, said it had seized the pass.")
    assert ("Red Hills Front", "SUPPORTS", "Coastal Unity Council") in r.triples
    assert ("Red Hills Front", "COOPERATES_WITH", "Coastal Unity Council") not in r.triples


def test_ally_apposition_on_an_object_is_not_the_subjects(extract) -> None:
    r = extract("Peru bombed the Red Hills Front, a close ally of the Coastal Unity Council, on Friday.")
    assert ("Red Hills Front", "SUPPORTS", "Coastal Unity Council") in r.triples
    assert ("Peru", "SUPPORTS", "Coastal Unity Council") not in r.triples


def test_aligned_apposition_in_a_by_phrase(extract) -> None:
    r = extract("The depot was shelled by the Red Hills Front, a militia closely aligned with the Coastal Unity "
                "Council, on Friday.")
    assert ("Red Hills Front", "SUPPORTS", "Coastal Unity Council") in r.triples


def test_past_alignment_is_no_tie(extract) -> None:
    r = extract("Chile said the rifles came from a plant run by the Red Hills Front, a militia once allied with the "
                "Coastal Unity Council.")
    assert not {t for t in r.triples if t[2] == "Coastal Unity Council"}


def test_apposition_on_a_source(extract) -> None:
    r = extract("According to the Red Hills Front, an armed group allied with the Coastal Unity Council, the pass "
                "fell on Friday.")
    assert ("Red Hills Front", "SUPPORTS", "Coastal Unity Council") in r.triples


def test_the_outer_list_goes_on_after_the_apposition(extract) -> None:
    r = extract("Peru bombed the Red Hills Front, an ally of the Coastal Unity Council, and the Delta Legion on Friday.")
    assert ("Red Hills Front", "SUPPORTS", "Coastal Unity Council") in r.triples
    assert not {t for t in r.triples if t[1] == "SUPPORTS" and t[2] == "Delta Legion"}


def test_plural_allies_after_a_pair(extract) -> None:
    r = extract("Peru bombed the Red Hills Front and the Delta Legion, allies of the Coastal Unity Council, on Friday.")
    assert ("Delta Legion", "SUPPORTS", "Coastal Unity Council") in r.triples
    assert ("Peru", "SUPPORTS", "Coastal Unity Council") not in r.triples
