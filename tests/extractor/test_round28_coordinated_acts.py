"""Round 28, coordinated acts: "X said the act had been coordinated with Y" is the cooperation of X's side with Y."""


def test_leader_speaks_for_the_state(extract) -> None:
    r = extract("Estonian Prime Minister Kaja Tamm said the boarding had been coordinated with Finland and Norway.")
    assert ("Estonia", "COOPERATES_WITH", "Finland") in r.triples
    assert ("Estonia", "COOPERATES_WITH", "Norway") in r.triples


def test_minister_speaks_for_the_state_served(extract) -> None:
    r = extract("Chilean Foreign Minister Luis Rojas said the sanctions had been coordinated with Washington.")
    assert ("Chile", "COOPERATES_WITH", "United States") in r.triples


def test_state_speaks_for_itself(extract) -> None:
    r = extract("Peru said the evacuation was coordinated with the African Union.")
    assert ("Peru", "COOPERATES_WITH", "African Union") in r.triples


def test_no_speaker_no_cooperation(extract) -> None:
    r = extract("Tallinn was quiet on Monday. The raid was coordinated with Finland.")
    assert not any(t == "COOPERATES_WITH" for _, t, _ in r.triples)
