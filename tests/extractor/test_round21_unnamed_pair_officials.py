"""Round 21: "the two foreign ministers" / "the two delegations" addressed ("talks between", "urged") with no two
people named before stand for the two sides of the story, as "both sides" does (an offer to host talks between
them is an offer to each side's state); with two officials just named, they stay those two people; as a subject
with none named, no guess."""


def test_offer_to_host_talks_between_two_unnamed_ministers(extract) -> None:
    r = extract("Ghana accused Togo on Monday of arming border smugglers, and Togo rejected the charge. Senegal "
                "offered on Wednesday to host talks between the two foreign ministers in Dakar.")
    assert ("Senegal", "OFFERS", "Ghana") in r.triples
    assert ("Senegal", "OFFERS", "Togo") in r.triples
    assert "two foreign ministers" not in r.kinds


def test_two_named_leaders_stay_people(extract) -> None:
    r = extract("President Kofi Mensah of Ghana spoke by phone with President Yao Agbeko of Togo on Monday, and the "
                "two leaders agreed to reopen the border.")
    assert ("Kofi Mensah", "AGREES_WITH", "Yao Agbeko") in r.triples or \
        ("Yao Agbeko", "AGREES_WITH", "Kofi Mensah") in r.triples


def test_unnamed_pair_as_subject_is_not_guessed(extract) -> None:
    r = extract("Ghana's foreign minister, Ama Owusu, spoke by phone with her Togolese counterpart on Tuesday. Kenya "
                "and Ethiopia also sent envoys. The two ministers agreed to meet in Accra.")
    assert ("Kenya", "AGREES_WITH", "Ethiopia") not in r.triples
    assert ("Ethiopia", "AGREES_WITH", "Kenya") not in r.triples
