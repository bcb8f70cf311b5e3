"""Round 19: a name that only modifies what a verb takes is not its object ("suspended EU accession talks", "attacks
U.S. embargo", "adheres to international sanctions regimes ... provided by X"); a participle after a noun that opens
a clause of its own has that noun as patient ("regained ground after an offensive backed by X stalled"); the place
people are expelled to is not who expelled them."""


def test_suspended_talks_named_by_a_body_do_not_coerce_it(extract) -> None:
    r = extract("The Civic Union suspended EU membership talks in late 2023.")
    assert ("Civic Union", "COERCES", "EU") not in r.triples
    assert ("Civic Union", "SANCTIONS", "EU") not in r.triples


def test_a_bloc_suspending_a_member_still_sanctions_it(extract) -> None:
    r = extract("ECOWAS suspended Guinea after the coup.")
    assert ("ECOWAS", "SANCTIONS", "Guinea") in r.triples


def test_attacking_a_states_policy_is_words(extract) -> None:
    r = extract("Venezuela's envoy attacks U.S. tariffs as the assembly meets.")
    assert ("Venezuela", "ATTACKS", "United States") not in r.triples
    assert ("Venezuela", "ACCUSES", "United States") in r.triples


def test_attacking_a_states_positions_is_force(extract) -> None:
    r = extract("Venezuela attacked Guyanese positions near the border.")
    assert ("Venezuela", "ATTACKS", "Guyana") in r.triples


def test_sanctions_regimes_are_no_sanction(extract) -> None:
    r = extract("Oman said it complies with international sanctions regimes and was studying the data provided by Qatar.")
    assert ("Oman", "SANCTIONS", "Qatar") not in r.triples


def test_a_sanctions_package_against_a_state_is_one(extract) -> None:
    r = extract("Canada adopts new sanctions package against Belarus.")
    assert ("Canada", "SANCTIONS", "Belarus") in r.triples


def test_backed_offensive_in_another_clause_is_not_the_subjects(extract) -> None:
    r = extract("The Delta Front has retaken three towns since an offensive backed by Ghanaian troops stalled.")
    assert ("Ghana", "SUPPORTS", "Delta Front") not in r.triples


def test_backed_subject_is_still_supported(extract) -> None:
    r = extract("The Delta Front, backed by Ghana, retook three towns.")
    assert ("Ghana", "SUPPORTS", "Delta Front") in r.triples


def test_destination_of_an_expulsion_is_not_its_agent(extract) -> None:
    r = extract("At least twelve Togolese nationals were expelled to neighbouring Benin and Ghana.")
    assert not [t for t in r.triples if t[1] == "COERCES" and t[0] in ("Benin", "Ghana")]
