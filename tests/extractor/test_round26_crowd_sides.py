"""Round 26: a crowd named by its side and kind with no number ("opposition supporters", "pro-democracy activists")
is a party where the state's police use force on it, and so is the crowd whose protest the police broke up."""


def test_side_named_crowd_under_force(extract) -> None:
    r = extract("MAPUTO, Jan 14 - Mozambican police fired tear gas at opposition supporters in Maputo on Tuesday.")
    assert ("Mozambique", "COERCES", "opposition supporters") in r.triples
    r = extract("LOME, Jan 14 - Togolese police arrested pro-democracy activists outside parliament on Tuesday.")
    assert ("Togo", "COERCES", "pro-democracy activists") in r.triples


def test_side_named_crowd_without_force_is_no_party(extract) -> None:
    r = extract("MAPUTO, Jan 14 - Mozambican opposition supporters marched on parliament on Tuesday.")
    assert not any("opposition supporters" in (t[0], t[2]) for t in r.triples)


def test_protest_broken_up(extract) -> None:
    r = extract("NAIROBI, Jan 14 - Kenyan police fired tear gas to break up a protest by the Orange Democratic "
                "Movement outside parliament on Tuesday.")
    assert ("Kenya", "COERCES", "Orange Democratic Movement") in r.triples
    r = extract("NAIROBI, Jan 14 - Kenyan police broke up a protest against the Orange Democratic Movement on Tuesday.")
    assert ("Kenya", "COERCES", "Orange Democratic Movement") not in r.triples


def test_counted_foreigners_are_a_group(extract) -> None:
    r = extract("CARACAS, May 29 - Venezuela has detained 14 foreigners, including three U.S. citizens and two "
                "Spaniards, officials said.")
    assert ("Venezuela", "COERCES", "14 foreigners") in r.triples
