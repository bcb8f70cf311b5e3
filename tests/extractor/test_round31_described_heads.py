"""Round 31: an age before a role apposition and a body described then named (role_nouns._AGE, _NAMED_BODY), no
phone call in "a group called Y" (triggers.yaml), deputies' titles as posts (lexicon.yaml) and the head of a unit
of a body holding a post in it (relations._UNIT_AFTER)."""


def test_age_before_the_apposition(extract) -> None:
    r = extract("Ana Ruiz, 52, the leader of the Civic Renewal Union, was detained on Monday.")
    assert ("Ana Ruiz", "LEADS", "Civic Renewal Union") in r.triples


def test_leader_of_a_group_called_y(extract) -> None:
    r = extract("Police detained Ana Ruiz, the leader of a small exile group called Free Voices, on Sunday.")
    assert ("Ana Ruiz", "LEADS", "Free Voices") in r.triples
    assert ("Ana Ruiz", "MEETS_WITH", "Free Voices") not in r.triples


def test_a_call_to_a_named_party_still_meets(extract) -> None:
    r = extract("Ana Ruiz called Peru's foreign minister on Monday.")
    assert ("Ana Ruiz", "MEETS_WITH", "Peru") in r.triples


def test_deputy_head_is_a_post(extract) -> None:
    r = extract("The Civic Renewal Union said it would appeal. Its deputy head, Ana Ruiz, met officials on Monday.")
    assert ("Ana Ruiz", "HOLDS_POSITION", "Civic Renewal Union") in r.triples
    assert ("Ana Ruiz", "LEADS", "Civic Renewal Union") not in r.triples


def test_head_of_a_youth_wing_holds_a_post_in_the_body(extract) -> None:
    r = extract("Ana Ruiz, who heads the Civic Renewal Union's youth wing, walked out.")
    assert ("Ana Ruiz", "HOLDS_POSITION", "Civic Renewal Union") in r.triples
