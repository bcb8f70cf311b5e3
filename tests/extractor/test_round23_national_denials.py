"""Round 23: a state's denial about its own people ("denied that its fishermen had crossed ...") answers the charge
or measure on a group of its nationals ("Peru accused Chilean fishermen ...") -> Chile DENIES Peru."""


def test_denial_for_its_fishermen(extract) -> None:
    r = extract("Peru accused Chilean fishermen of raiding its waters. Chile denied that its fishermen had crossed "
                "the maritime line.")
    assert ("Chile", "DENIES", "Peru") in r.triples


def test_denial_for_arrested_nationals(extract) -> None:
    r = extract("Kenya arrested three Ugandan nationals over the bombing. Uganda denied that its nationals were "
                "involved.")
    assert ("Uganda", "DENIES", "Kenya") in r.triples


def test_other_states_people_are_not_its_own(extract) -> None:
    r = extract("Peru accused Chilean fishermen of raiding its waters. Bolivia denied that its fishermen had been "
                "there.")
    assert ("Bolivia", "DENIES", "Peru") not in r.triples
