"""Round 25: a force noun after the clause's own act of force takes the clause's subject as its agent
(voice_arguments._FORCE_FRAME), and an armed "operation against X" is an attack (triggers.yaml)."""


def test_killed_in_an_offensive_against(extract) -> None:
    r = extract("Colombian troops killed 12 fighters in an offensive against the National Liberation Army.")
    assert ("Colombia", "ATTACKS", "National Liberation Army") in r.triples
    assert not any(t[1] == "ATTACKS" and t[0] != "Colombia" for t in r.triples)  # not the fighters killed


def test_operation_against_past_a_speech_tag(extract) -> None:
    r = extract("Peruvian troops killed five rebels on Saturday, the armed forces said, in an operation against "
                "the Militarized Communist Party of Peru.")
    assert ("Peru", "ATTACKS", "Militarized Communist Party of Peru") in r.triples


def test_retaliated_with_strikes_on(extract) -> None:
    r = extract("Nigeria retaliated with air strikes on Boko Haram on Friday.")
    assert ("Nigeria", "ATTACKS", "Boko Haram") in r.triples


def test_victims_of_a_passive_are_no_agent(extract) -> None:
    r = extract("Twelve Nigerian soldiers were killed in an attack on Boko Haram on Monday.")
    assert ("Nigeria", "ATTACKS", "Boko Haram") not in r.triples


def test_an_operation_only_criticised_has_no_agent(extract) -> None:
    r = extract("Human rights groups criticised the operation against Boko Haram.")
    assert not any(t[1] == "ATTACKS" for t in r.triples)
