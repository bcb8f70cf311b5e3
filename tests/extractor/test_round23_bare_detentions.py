"""Round 23: a detention told by a bare participle with no auxiliary ("two activists arrested on Monday were
freed", "X, jailed since March, ...") -> the acting state COERCES them (bare_detentions); not an active verb with
its object ("fishermen detained on Sunday three smugglers"), nor "held" of talks or rallies."""


def test_bare_participle_after_a_group(extract) -> None:
    r = extract("Nicaraguan police said 11 students detained in a raid last week had been released.")
    assert ("Nicaragua", "COERCES", "11 students") in r.triples


def test_bare_participle_in_an_apposition(extract) -> None:
    r = extract("The activist Marta Solís, jailed in Managua since March, was freed on Tuesday, Nicaragua's police "
                "said.")
    assert ("Nicaragua", "COERCES", "Marta Solís") in r.triples


def test_coordinated_ones_held(extract) -> None:
    r = extract("Nicaragua's navy said the captain, Pedro Arce, and nine crew members, held in Bluefields since "
                "the seizure, were freed.")
    assert {("Nicaragua", "COERCES", "Pedro Arce"), ("Nicaragua", "COERCES", "nine crew members")} <= r.triples


def test_active_verb_or_held_talks(extract) -> None:
    r = extract("Nicaragua's navy said 12 Honduran fishermen detained on Sunday three smugglers.")
    assert ("Nicaragua", "COERCES", "12 Honduran fishermen") not in r.triples
    r = extract("Nicaraguan police said 11 students held talks with the rector on Monday.")
    assert ("Nicaragua", "COERCES", "11 students") not in r.triples


def test_by_phrase_after_the_ones_held_in_a_release_demand(extract) -> None:
    r = extract("Honduras demanded the release of 12 truckers detained by Nicaragua on Sunday.")
    assert ("Nicaragua", "COERCES", "12 truckers") in r.triples
    assert ("Nicaragua", "COERCES", "Honduras") not in r.triples


def test_participle_as_an_adjective(extract) -> None:
    r = extract("Honduras demanded the release of detained journalist Marta Solís on Monday.")
    assert ("Honduras", "COERCES", "Marta Solís") not in r.triples
    r = extract("Nicaragua's jailed opposition leader Marta Solís met her lawyers on Monday.")
    assert ("Nicaragua", "COERCES", "Marta Solís") in r.triples
