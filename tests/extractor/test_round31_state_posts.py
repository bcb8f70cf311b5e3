"""Round 31: posts of a state with a ministry's remit after the title ("Chile's undersecretary of the interior, X",
role_nouns._OFFICE), government titles the title list lacked ("Chief Cabinet Secretary X", "State Secretary X",
"Undersecretary X": lexicon.yaml, STATE_TITLES) and "the ministry's spokeswoman, X" (STATE_BODY_BEFORE)."""


def test_possessed_post_with_a_remit_before_the_name(extract) -> None:
    r = extract("Ecuador's undersecretary of the interior, Rosa Vera, rejected the claim on Monday.")
    assert ("Rosa Vera", "HOLDS_POSITION", "Ecuador") in r.triples


def test_possessed_post_with_a_remit_after_the_name(extract) -> None:
    r = extract("Rosa Vera, Ecuador's deputy minister of foreign affairs, rejected the claim on Monday.")
    assert ("Rosa Vera", "HOLDS_POSITION", "Ecuador") in r.triples
    assert ("Rosa Vera", "LEADS", "Ecuador") not in r.triples


def test_chief_cabinet_secretary_is_a_title_of_the_story_state(extract) -> None:
    r = extract("QUITO, May 3 (Wire) - Ecuador protested on Monday.\n\nChief Cabinet Secretary Rosa Vera told "
                "reporters that the ruling was unacceptable.")
    assert r.kinds.get("Rosa Vera") == "Person"
    assert ("Rosa Vera", "HOLDS_POSITION", "Ecuador") in r.triples


def test_state_secretary_is_a_title_of_the_story_state(extract) -> None:
    r = extract("QUITO, May 3 (Wire) - Ecuador protested on Monday.\n\nState Secretary Rosa Vera said the embassy "
                "would stay closed.")
    assert ("Rosa Vera", "HOLDS_POSITION", "Ecuador") in r.triples


def test_the_ministrys_spokeswoman_speaks_for_the_state_named_before(extract) -> None:
    r = extract("QUITO, May 3 (Wire) - Peru's foreign ministry protested on Monday.\n\nThe ministry's "
                "spokeswoman, Rosa Vera, accused Quito of provocation.")
    assert ("Rosa Vera", "HOLDS_POSITION", "Peru") in r.triples


def test_a_companys_head_of_security_is_no_state_post(extract) -> None:
    r = extract("QUITO, May 3 (Wire) - Andes Copper Corporation closed its mine on Monday.\n\nThe company's head "
                "of security, Rosa Vera, said the mine was safe.")
    assert not any(t[0] == "Rosa Vera" and t[2] == "Ecuador" for t in r.triples)
