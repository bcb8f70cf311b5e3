"""Round 20: membership told by a noun (member_nouns.py): "Chile, a Pacific Alliance member," / "an Andean
Community member state" / "Pacific Alliance member Chile" / "Chile and Peru, both members of Y" / a member's own
"its membership of Y" (also shared: "its location and membership of Y") -> MEMBER_OF; none for membership sought,
opposed or quit."""


def test_apposed_member(extract) -> None:
    r = extract("Uruguay, a Pacific Alliance member, declined to back the tariff.")
    assert ("Uruguay", "MEMBER_OF", "Pacific Alliance") in r.triples


def test_apposed_member_state(extract) -> None:
    r = extract("Bolivia, an Andean Community member state, sent observers to the vote.")
    assert ("Bolivia", "MEMBER_OF", "Andean Community") in r.triples


def test_member_before_the_name(extract) -> None:
    r = extract("Peru said Pacific Alliance member Uruguay had blocked the deal.")
    assert ("Uruguay", "MEMBER_OF", "Pacific Alliance") in r.triples


def test_both_members_of(extract) -> None:
    r = extract("Bolivia and Ecuador, both members of the Andean Community, rejected the plan.")
    assert {("Bolivia", "MEMBER_OF", "Andean Community"), ("Ecuador", "MEMBER_OF", "Andean Community")} <= r.triples


def test_shared_its_membership(extract) -> None:
    r = extract("La Paz says it is penalised for its landlocked location and membership of the Andean Community.")
    assert ("Bolivia", "MEMBER_OF", "Andean Community") in r.triples


def test_membership_opposed_or_quit_is_none(extract) -> None:
    r = extract("Uruguay quit its membership of the Andean Community after Peru opposed its membership of the Pacific Alliance.")
    assert not any(t[1] == "MEMBER_OF" for t in r.triples)
