"""Round 18 (D): "party activists/leaders/members" (a group) are members of a party or movement named before them,
never of whatever body the sentence or the one before it named last."""

from __future__ import annotations


def test_party_leaders_are_not_members_of_a_watchdog(extract) -> None:
    r = extract("Dozens of critics have been charged since 2022, according to Freedom Monitor Chile. At least three "
                "opposition party leaders remain in jail.")
    assert not any(t[1] == "MEMBER_OF" and t[2] == "Freedom Monitor Chile" for t in r.triples)


def test_party_activists_join_the_named_front(extract) -> None:
    r = extract("Police raided the offices of the Dawn Front, detaining at least 30 party activists.")
    assert ("at least 30 party activists", "MEMBER_OF", "Dawn Front") in r.triples


def test_party_named_before_the_word_party(extract) -> None:
    r = extract("Police raided the offices of the Dawn party, detaining at least 30 party activists.")
    assert ("at least 30 party activists", "MEMBER_OF", "Dawn") in r.triples
