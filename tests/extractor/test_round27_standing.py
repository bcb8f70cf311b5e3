"""Round 27, standing ties: a spokesperson with no body named speaks for the state the reported clause opens
with, and a list of people walked back from a plural role keeps its first name."""


def test_bare_spokesman_holds_post_in_the_state_his_clause_opens_with(extract) -> None:
    r = extract("LIMA — Peru and Chile held border talks on Monday.\n\nA spokesman, Tomas Herrera, said the United "
                "States had played no role in the dispute.")
    assert ("Tomas Herrera", "HOLDS_POSITION", "United States") in r.triples


def test_government_spokesman_is_not_the_guessed_state(extract) -> None:
    r = extract("Peru and Chile held border talks on Monday. Peru said the talks would go on. Government spokesman "
                "Tomas Herrera said La Paz would cooperate with Lima and Santiago.")
    assert ("Tomas Herrera", "HOLDS_POSITION", "Bolivia") in r.triples
    assert ("Tomas Herrera", "HOLDS_POSITION", "Peru") not in r.triples
    r = extract("LIMA — Peru and Chile held border talks on Monday.\n\nGovernment spokesman Tomas Herrera said "
                "La Paz would cooperate with Lima and Santiago.")  # the dateline's government: Peru's spokesman
    assert ("Tomas Herrera", "HOLDS_POSITION", "Bolivia") not in r.triples


def test_hostile_clause_is_the_other_side(extract) -> None:
    r = extract("LIMA — Peru and Chile held border talks on Monday.\n\nA spokesman, Tomas Herrera, said Bolivia "
                "had launched 40 drones at the border.")
    assert ("Tomas Herrera", "HOLDS_POSITION", "Bolivia") not in r.triples


def test_named_body_keeps_its_spokesman(extract) -> None:
    r = extract("The Andean Workers Front joined the protests on Monday. Its spokesman, Tomas Herrera, said "
                "Bolivia would cooperate with the inquiry.")
    assert ("Tomas Herrera", "HOLDS_POSITION", "Andean Workers Front") in r.triples
    assert ("Tomas Herrera", "HOLDS_POSITION", "Bolivia") not in r.triples


def test_first_of_three_people_before_a_plural_role(extract) -> None:
    r = extract("Police detained Alpha Kanté, Mara Lind and Jonas Berg, leaders of the Civic Renewal Front, on Monday.")
    for who in ("Alpha Kanté", "Mara Lind", "Jonas Berg"):
        assert (who, "LEADS", "Civic Renewal Front") in r.triples


def test_party_names_without_an_english_organisation_word_are_organisations(extract) -> None:
    r = extract("A Fuerza Popular spokesman, Luis Ortega, threatened to target US forces.")
    assert ("Luis Ortega", "HOLDS_POSITION", "Fuerza Popular") in r.triples
    r = extract('"We will not leave," said Goran Pesic, leader of Srpska Lista, the largest Kosovo Serb party.')
    assert ("Goran Pesic", "LEADS", "Srpska Lista") in r.triples


def test_party_lawmaker_is_a_member_but_a_legislature_post_stays_a_post(extract) -> None:
    r = extract("The motion, filed by Fuerza Popular lawmaker Luis Ortega, accused President Ana Ruiz of failing.")
    assert ("Luis Ortega", "MEMBER_OF", "Fuerza Popular") in r.triples
    assert ("Luis Ortega", "HOLDS_POSITION", "Fuerza Popular") not in r.triples
    r = extract("Luis Ortega, a deputy chairman of the State Duma, said the vote was rigged.")
    assert ("Luis Ortega", "HOLDS_POSITION", "State Duma") in r.triples
