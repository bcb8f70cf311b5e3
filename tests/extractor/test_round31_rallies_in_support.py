"""Round 31: a rally in support of the state's own law backs the state; one in support of others is no protest."""

_STORY = "DUBLIN, Nov 26 (Wire) - The Dail passed a law banning the import of settlement goods on Wednesday. "


def test_rally_in_support_of_the_law_backs_the_state(extract) -> None:
    r = extract(_STORY + "The Coastal Farmers Association organised a rally in support of the law on Saturday.")
    assert ("Coastal Farmers Association", "SUPPORTS", "Ireland") in r.triples
    assert ("Coastal Farmers Association", "PROTESTS", "Ireland") not in r.triples


def test_rally_in_solidarity_with_others_is_no_protest(extract) -> None:
    r = extract(_STORY + "The Coastal Farmers Association organised a rally in solidarity with the detained activists.")
    assert not any(t[0] == "Coastal Farmers Association" and t[1] in ("PROTESTS", "SUPPORTS") for t in r.triples)


def test_a_rally_with_no_cause_named_still_protests(extract) -> None:
    r = extract(_STORY + "The Coastal Farmers Association organised a rally outside parliament on Saturday.")
    assert ("Coastal Farmers Association", "PROTESTS", "Ireland") in r.triples
