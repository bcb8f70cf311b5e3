"""Round 9, events: verb and noun classes of the low-recall relation types (inquiry, aid, threats, offers)."""

from __future__ import annotations


def test_questioning_is_a_step_of_an_inquiry(extract) -> None:
    r = extract("Police in Quito questioned opposition leader Marcela Vinueza for six hours on Tuesday.")
    assert ("Ecuador", "INVESTIGATES", "Marcela Vinueza") in r.triples
    r = extract("Former energy minister Tomas Brandt was questioned by the Federal Prosecutor's Office on Monday.")
    assert ("Federal Prosecutor's Office", "INVESTIGATES", "Tomas Brandt") in r.triples


def test_questioning_a_claim_is_no_inquiry(extract) -> None:
    r = extract("The Kivu Observer questioned the Congolese army's casualty figures on Friday.")
    assert not [t for t in r.triples if t[1] == "INVESTIGATES"]
    r = extract("Senator Laura Pineda questioned whether the Interior Ministry had acted lawfully.")
    assert not [t for t in r.triples if t[1] == "INVESTIGATES"]


def test_summoned_for_questioning_by_the_acting_authority(extract) -> None:
    r = extract("Uzbekistan's security service detained two bloggers in Tashkent on Monday. The lawyers Dilnoza "
                "Karimova and Bobur Aliyev were summoned for questioning on Tuesday.")
    assert ("Uzbekistan", "INVESTIGATES", "Bobur Aliyev") in r.triples


def test_proceedings_against_a_party_are_an_inquiry(extract) -> None:
    r = extract("The European Commission on Tuesday launched infringement proceedings against Croatia over a law "
                "that requires charities receiving foreign funding to register as foreign agents.")
    assert ("European Commission", "INVESTIGATES", "Croatia") in r.triples
    r = extract("Kazakhstan's anti-corruption agency opened formal proceedings against Nurlan Sadykov's holding "
                "company, Steppe Grain Trading, in June.")
    assert ("Kazakhstan", "INVESTIGATES", "Steppe Grain Trading") in r.triples


def test_proceedings_without_a_party_against_are_not_an_inquiry(extract) -> None:
    r = extract("The opposition Civic Union condemned the proceedings as a show trial, Ghana's ambassador said.")
    assert not [t for t in r.triples if t[1] == "INVESTIGATES"]


def test_a_threat_to_do_a_hostile_act_threatens_its_target(extract) -> None:
    r = extract("Kenya recalled its envoy to Uganda on Monday and threatened to expel Ugandan troops serving with the "
                "regional force.")
    assert ("Kenya", "THREATENS", "Uganda") in r.triples
    r = extract("London threatened on Friday to impose further sanctions on Belarusian officials who rig the vote.")
    assert ("United Kingdom", "THREATENS", "Belarusian officials") in r.triples
    r = extract("The Shura Brigades, an armed group, threatened in an online message to attack Chadian forces.")
    assert ("Shura Brigades", "THREATENS", "Chad") in r.triples


def test_a_threat_to_do_something_harmless_threatens_no_one(extract) -> None:
    r = extract("Iran threatened to reduce cooperation with the International Atomic Energy Agency.")
    assert not [t for t in r.triples if t[1] == "THREATENS" and t[2] == "International Atomic Energy Agency"]


def test_a_penalty_warned_of_for_a_partys_people_threatens_the_party(extract) -> None:
    r = extract("Interior Minister John Kamau accused the Democratic Alliance of hiring thugs and said its leaders "
                "would face prosecution if the unrest continued.")
    assert ("John Kamau", "THREATENS", "Democratic Alliance") in r.triples
    r = extract("Foreign Minister Ana Ruiz demanded that the Shell Oil Company withdraw from the area, warning that "
                "its crews could be detained if they entered the zone.")
    assert ("Ana Ruiz", "THREATENS", "Shell Oil Company") in r.triples
    r = extract("Trade Minister Ana Ruiz warned that Bolivia's smugglers could face prison terms.")
    assert ("Ana Ruiz", "THREATENS", "Bolivia") in r.triples


def test_a_party_speaking_of_its_own_hardship_threatens_no_one(extract) -> None:
    r = extract("The Kenya Farmers Union said its members would face ruin if the tariff stayed.")
    assert not [t for t in r.triples if t[1] == "THREATENS"]
    r = extract("The Civic Union said its leaders would face prosecution, Chile's ambassador said.")
    assert ("Civic Union", "THREATENS", "Civic Union") not in r.triples


def test_an_order_to_freeze_a_partys_assets_sanctions_it(extract) -> None:
    r = extract("Investigating judge Maria Kanaan also ordered the freezing of assets belonging to Nabil Haddad, "
                "according to two judicial sources.")
    assert ("Maria Kanaan", "SANCTIONS", "Nabil Haddad") in r.triples


def test_a_ban_from_ports_or_entry_sanctions_the_banned(extract) -> None:
    r = extract("Chile on Friday barred six foreign trawler companies from its ports and waters, accusing them of "
                "illegal fishing.")
    assert ("Chile", "SANCTIONS", "six foreign trawler companies") in r.triples
    r = extract("The United States sanctioned Mar Azul Lines on Monday. Pedro Alvarez, a retired colonel, was barred "
                "from entering the United States along with his wife.")
    assert ("United States", "SANCTIONS", "Pedro Alvarez") in r.triples


def test_a_ban_from_doing_something_else_is_no_sanction(extract) -> None:
    r = extract("A court in Lima barred opposition leader Paulo Mendes from leaving the country.")
    assert not [t for t in r.triples if t[1] == "SANCTIONS"]
