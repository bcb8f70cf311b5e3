"""Round 19: a person a "she" stood for in an earlier sentence is no later "he" (pronoun_genders): the pronoun goes
to the last person named whose pronouns do not contradict it, or to no one."""


def test_he_after_she_is_not_her(extract) -> None:
    r = extract("Ana Torres, Chile's foreign minister, condemned the raid on Monday. She said Santiago would protest. "
                "Hours later, he was detained by Bolivian police at the border.")
    assert ("Bolivia", "COERCES", "Ana Torres") not in r.triples


def test_he_goes_to_the_man_named_before(extract) -> None:
    r = extract("The trader Pablo Ruiz crossed into Bolivia on Monday. Ana Torres, Chile's consul, said she would "
                "visit La Paz. On Tuesday he was detained by Bolivian police at the border.")
    assert ("Bolivia", "COERCES", "Ana Torres") not in r.triples
    assert ("Bolivia", "COERCES", "Pablo Ruiz") in r.triples


def test_she_after_he_is_not_him(extract) -> None:
    r = extract("Pablo Ruiz, Peru's trade minister, met Bolivian officials on Monday. He said Lima would protest. "
                "Hours later, she was detained by Bolivian police at the border.")
    assert ("Bolivia", "COERCES", "Pablo Ruiz") not in r.triples


def test_one_sentence_pronouns_settle_nothing(extract) -> None:
    r = extract("Pablo Ruiz, a Peruvian trader, and his sister, Ana Ruiz, were stopped at the border. She said he had "
                "been detained by Bolivian police for two days.")
    assert ("Bolivia", "COERCES", "Pablo Ruiz") in r.triples


def test_a_pronoun_among_two_people_settles_nothing(extract) -> None:
    r = extract("Ana Torres met the trader Pablo Ruiz in La Paz on Monday. She said Bolivia would protest. "
                "On Tuesday she was detained by Bolivian police at the border.")
    assert ("Bolivia", "COERCES", "Ana Torres") in r.triples


def test_she_said_he_gives_he_to_the_man_known_as_he(extract) -> None:
    r = extract("Pablo Ruiz, a former police chief, was arrested in Panama on Monday. He was held at the airport. His "
                "lawyer, Ana Torres, said her client was innocent. She said he had been threatened by Colombia for years.")
    assert ("Colombia", "THREATENS", "Pablo Ruiz") in r.triples
    assert ("Colombia", "THREATENS", "Ana Torres") not in r.triples
