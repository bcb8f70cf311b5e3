"""Round 31: "held" tells a detention when a place or a holder comes with it ("were held in Guatemala in 2022",
"has been held in Managua's La Modelo prison since May", "held by Nicaraguan authorities since March", "X, a
Honduran trucker held in Nicaragua since May") -> the state of the place or the holder COERCES them; not "held" of
talks, summits or esteem."""


def test_passive_held_in_a_country_with_a_year(extract) -> None:
    r = extract("Honduras said it would mediate, as it did when 30 Salvadoran soldiers were held in Guatemala in 2022.")
    assert ("Guatemala", "COERCES", "30 Salvadoran soldiers") in r.triples


def test_passive_held_in_a_capitals_prison(extract) -> None:
    r = extract("Honduras is trying to free Marta Solís, who has been held in Managua's La Modelo prison since May.")
    assert ("Nicaragua", "COERCES", "Marta Solís") in r.triples
    assert ("Honduras", "COERCES", "Marta Solís") not in r.triples


def test_passive_held_by_a_states_authorities(extract) -> None:
    r = extract("Honduras said 12 Honduran truckers had been held by Nicaraguan authorities since March.")
    assert ("Nicaragua", "COERCES", "12 Honduran truckers") in r.triples


def test_held_closing_an_appositive(extract) -> None:
    r = extract("Honduras is seeking the release of Marta Solís, a Honduran engineer held in Nicaragua since May.")
    assert ("Nicaragua", "COERCES", "Marta Solís") in r.triples
    r = extract("Honduras is seeking the release of Marta Solís, a Honduran agronomist held in Managua's La Modelo "
                "prison since 2024 on spying charges.")
    assert ("Nicaragua", "COERCES", "Marta Solís") in r.triples


def test_prison_of_a_capital_after_an_article(extract) -> None:
    r = extract("Nicaragua rejected the Honduran complaint on Monday. Honduras said Marta Solís had been held in a "
                "Managua prison since May.")
    assert ("Nicaragua", "COERCES", "Marta Solís") in r.triples
    assert ("Honduras", "COERCES", "Marta Solís") not in r.triples


def test_held_of_talks_summits_or_esteem(extract) -> None:
    r = extract("Honduras said talks with Nicaragua were held in Managua in 2022.")
    assert not {t for t in r.triples if t[1] == "COERCES"}
    r = extract("Honduras said Marta Solís, a lawyer held in high regard in Nicaragua, would visit Managua.")
    assert ("Nicaragua", "COERCES", "Marta Solís") not in r.triples
    r = extract("Honduras said Marta Solís, the engineer who held talks with Nicaragua since May, was in Managua.")
    assert ("Nicaragua", "COERCES", "Marta Solís") not in r.triples


def test_one_named_inside_an_event_held_somewhere(extract) -> None:
    r = extract("Honduras's envoy said the meeting with Nicaragua's foreign minister Marta Solís was held in Managua in "
                "2023.")
    assert ("Nicaragua", "COERCES", "Marta Solís") not in r.triples
    r = extract("Honduras said the trial of Marta Solís was held in Managua since the court in León had closed.")
    assert ("Nicaragua", "COERCES", "Marta Solís") not in r.triples
