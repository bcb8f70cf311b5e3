"""Round 19: "the government", "police" or "troops" opening an official's reported clause ("Tanzania's interior
minister, X, said police had detained ...") are the official's own state's, not the state the story names most
(speaker_states.speaker_state); an envoy speaks of the state he is posted to, not of his own."""

_US_STORY = "The United States sanctioned two Somali firms on Monday. The United States said Washington would act again. "
_KENYA_STORY = "Kenya deported three Tanzanian traders. Kenya said Nairobi had evidence against them. "


def test_possessor_officials_police_are_their_states(extract) -> None:
    r = extract(_US_STORY + "Somalia's finance minister, Hodan Farah, said police had arrested the firms' owner, "
                "Ali Noor Gedi.")
    assert ("Somalia", "COERCES", "Ali Noor Gedi") in r.triples
    assert ("United States", "COERCES", "Ali Noor Gedi") not in r.triples


def test_demonym_officials_troops_after_a_first_act(extract) -> None:
    r = extract(_KENYA_STORY + "Tanzanian Interior Minister Juma Said rejected the claim and said troops had detained "
                "two Kenyan officers at the border.")
    assert ("Tanzania", "COERCES", "two Kenyan officers") in r.triples
    assert ("Kenya", "COERCES", "two Kenyan officers") not in r.triples


def test_envoy_speaks_of_the_host_state(extract) -> None:
    r = extract(_KENYA_STORY + "The US envoy to Tanzania, Tom Reed, said police had detained two Kenyan officers.")
    assert ("United States", "COERCES", "two Kenyan officers") not in r.triples


_GULF_STORY = "Saudi Arabia and Qatar signed a pact. Saudi Arabia said Riyadh would fund it. "


def test_unnamed_official_of_a_state(extract) -> None:
    r = extract(_GULF_STORY + "A Kenyan official, speaking on condition of anonymity, said police had detained Ali Omar Nuru.")
    assert ("Kenya", "COERCES", "Ali Omar Nuru") in r.triples
    assert ("Saudi Arabia", "COERCES", "Ali Omar Nuru") not in r.triples


def test_official_in_a_capital(extract) -> None:
    r = extract(_GULF_STORY + "An official in Nairobi, who asked not to be named, said police had detained Ali Omar Nuru.")
    assert ("Kenya", "COERCES", "Ali Omar Nuru") in r.triples


def test_unnamed_diplomat_is_no_official_of_his_own(extract) -> None:
    r = extract(_GULF_STORY + "A Kenyan diplomat said police had detained Ali Omar Nuru.")
    assert ("Kenya", "COERCES", "Ali Omar Nuru") not in r.triples
