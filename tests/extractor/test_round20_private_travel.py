"""Round 20 (precision): private people travelling to a country ("130 Gabonese citizens travelled to Togo for
training", "migrants flew to X") do not meet it; an official or a delegation travelling still does."""


def test_citizens_travelling_to_a_country_do_not_meet_it(extract) -> None:
    r = extract("At least 90 Gabonese citizens travelled to Togo for weapons training.")
    assert not any(t[1] == "MEETS_WITH" for t in r.triples)


def test_migrants_flying_to_a_country_do_not_meet_it(extract) -> None:
    r = extract("Hundreds of Gabonese migrants flew to Togo last month.")
    assert not any(t[1] == "MEETS_WITH" for t in r.triples)


def test_a_minister_travelling_still_meets(extract) -> None:
    r = extract("Gabonese Foreign Minister Marc Obiang travelled to Togo for talks.")
    assert ("Marc Obiang", "MEETS_WITH", "Togo") in r.triples
