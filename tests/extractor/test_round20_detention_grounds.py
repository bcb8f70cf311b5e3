"""Round 20 (precision): a state named in the grounds of an agentless detention as the one the suspects served
("detained on suspicion of spying for X", "on charges of passing secrets to X") is not who detained them."""


def test_spying_for_a_state_is_not_detention_by_it(extract) -> None:
    r = extract("Three Gabonese engineers were detained on suspicion of spying for Cameroon.")
    assert ("Cameroon", "COERCES", "Three Gabonese engineers") not in r.triples


def test_charges_of_passing_secrets_to_a_state(extract) -> None:
    r = extract("Two Gabonese officers were arrested on charges of passing secrets to Cameroon.")
    assert not any(t[0] == "Cameroon" and t[1] in ("COERCES", "INVESTIGATES") for t in r.triples)


def test_the_place_of_the_arrest_still_detains(extract) -> None:
    r = extract("Marc Obiang was arrested in Gabon on suspicion of spying for Cameroon.")
    assert ("Gabon", "COERCES", "Marc Obiang") in r.triples


def test_insulting_a_states_leader_keeps_that_state(extract) -> None:
    r = extract("Marc Obiang was arrested on charges of insulting Gabon's president.")
    assert ("Gabon", "COERCES", "Marc Obiang") in r.triples
