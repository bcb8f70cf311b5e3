"""Round 21: a summoned envoy named by a demonym and a title the envoy list lacked ("the Indian chargé d'affaires",
"the Chinese deputy chief of mission"), or told in the passive ("Chile's ambassador was summoned to the ministry by
X", "state media reported that the Chilean envoy had been summoned"): the summoner PROTESTS the envoy's state
(speaker_states.ENVOY_TITLES, summoned_envoys.py)."""


def test_demonym_charge_d_affaires(extract) -> None:
    r = extract("Nepal summoned the Indian chargé d'affaires on Monday over the border road.")
    assert ("Nepal", "PROTESTS", "India") in r.triples


def test_demonym_deputy_chief_of_mission(extract) -> None:
    r = extract("Vietnam summoned the Chinese deputy chief of mission after the collision.")
    assert ("Vietnam", "PROTESTS", "China") in r.triples


def test_passive_with_agent_after_the_place(extract) -> None:
    r = extract("The ambassador of Chile was summoned to the foreign ministry by Peruvian Foreign Minister "
                "Rosa Quispe on Tuesday.")
    assert ("Rosa Quispe", "PROTESTS", "Chile") in r.triples


def test_passive_reported_by_state_media(extract) -> None:
    r = extract("Peruvian state media reported that the Chilean chargé d'affaires in Lima had been summoned.")
    assert ("Peru", "PROTESTS", "Chile") in r.triples


def test_passive_reported_by_a_spokeswoman_is_her_state(extract) -> None:
    r = extract("Rosa Quispe, a spokeswoman for Peru's foreign ministry, said a representative of the Chilean "
                "embassy had been summoned on Tuesday.")
    assert ("Peru", "PROTESTS", "Chile") in r.triples
    assert ("Rosa Quispe", "PROTESTS", "Chile") not in r.triples


def test_summoned_for_questioning_is_no_protest(extract) -> None:
    r = extract("Rosa Quispe said two Chilean diplomats were summoned for questioning by Peruvian police.")
    assert not any(t[1] == "PROTESTS" for t in r.triples)


def test_no_summoner_is_guessed(extract) -> None:
    r = extract("The Chilean ambassador has been summoned four times this year.")
    assert not any(t[1] == "PROTESTS" for t in r.triples)
