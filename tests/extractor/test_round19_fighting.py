"""Round 19: armed fighting told as a noun between two sides ("clashes between A and B", "the war between A and
B") or as a war or feud the two sides fought or waged: each side attacks the other. A side may be a state's
forces named by no country ("government forces", "police"), which stand for the article's state."""


def test_fighting_between_two_states_attacks_both_ways(extract) -> None:
    r = extract("The fighting between Chile and Peru left dozens dead along the border in 2019.")
    assert ("Chile", "ATTACKS", "Peru") in r.triples
    assert ("Peru", "ATTACKS", "Chile") in r.triples


def test_clashes_erupted_between_forces_and_a_group(extract) -> None:
    r = extract("Heavy clashes erupted between Bolivian troops and the Andean Liberation Front on Sunday.")
    assert ("Bolivia", "ATTACKS", "Andean Liberation Front") in r.triples
    assert ("Andean Liberation Front", "ATTACKS", "Bolivia") in r.triples


def test_government_forces_after_between_stand_for_the_state(extract) -> None:
    r = extract("Bolivia's interior minister said on Monday that talks would go on. A week of clashes between "
                "government forces and the Andean Liberation Front left 30 dead.")
    assert ("Bolivia", "ATTACKS", "Andean Liberation Front") in r.triples
    assert ("Andean Liberation Front", "ATTACKS", "Bolivia") in r.triples


def test_two_states_that_fought_a_war(extract) -> None:
    r = extract("Ecuador and Peru fought a short border war in 1995.")
    assert ("Ecuador", "ATTACKS", "Peru") in r.triples
    assert ("Peru", "ATTACKS", "Ecuador") in r.triples


def test_a_trade_war_or_a_war_of_words_is_no_attack(extract) -> None:
    r = extract("The trade war between Chile and Peru has hurt fruit growers. Ecuador and Peru fought a war of words "
                "over the fishing quotas.")
    assert not [t for t in r.triples if t[1] == "ATTACKS"]


def test_a_feud_between_two_people_is_no_attack(extract) -> None:
    r = extract("The feud between Pedro Alvarado and Marta Quispe has split the ruling party.")
    assert not [t for t in r.triples if t[1] == "ATTACKS"]


def test_the_leader_in_an_aside_is_not_a_side(extract) -> None:
    r = extract("The war between the army, led by General Pedro Alvarado, and the Andean Liberation Front broke out "
                "in 2023.")
    assert ("Pedro Alvarado", "ATTACKS", "Andean Liberation Front") not in r.triples


def test_a_background_war_does_not_take_both_sides(extract) -> None:
    r = extract("Chile expelled two Peruvian diplomats on Monday, accusing Peru of spying. Peru denied the charge and "
                "accused Chile of harbouring rebels. The war between the Peruvian army and the Andean Liberation Front "
                "has killed thousands since 2021. The Organization of American States urged both sides to show "
                "restraint.")
    assert ("Organization of American States", "DEMANDS", "Chile") in r.triples
    assert ("Organization of American States", "DEMANDS", "Andean Liberation Front") not in r.triples
