"""Round 20: a charge told only inside its denial ("denied claims by Y that ...", "rejected allegations from Y",
"dismissed criticism from Y, a group that says ...") is Y's accusation of the denier's side: the party the "that"
clause names when it is the denier's own, else the state an official denier serves, else the denier."""


def test_claims_by_a_bloc_that_names_the_deniers_state(extract) -> None:
    r = extract("Uruguay's prime minister, Olek Varga, spoke on Monday. Varga denied claims by the opposition "
                "Civic Dawn bloc that Uruguay had secretly agreed to host foreign troops.")
    assert ("Civic Dawn", "ACCUSES", "Uruguay") in r.triples or ("Civic Dawn bloc", "ACCUSES", "Uruguay") in r.triples


def test_criticism_from_a_group_accuses_the_officials_state(extract) -> None:
    r = extract("Uruguay's prisons chief, Olek Varga, spoke. He dismissed criticism from Open Doors, a rights group "
                "that says dozens of inmates have died, as \"foreign propaganda\".")
    assert ("Open Doors", "ACCUSES", "Uruguay") in r.triples


def test_allegations_from_a_state(extract) -> None:
    r = extract("Uruguay rejected allegations from Paraguay that its navy had rammed a barge.")
    assert ("Paraguay", "ACCUSES", "Uruguay") in r.triples


def test_claims_against_a_private_person(extract) -> None:
    r = extract("Tomas Irala denied claims by the Riverine Front that he had paid bribes.")
    assert ("Riverine Front", "ACCUSES", "Tomas Irala") in r.triples


def test_a_charge_against_a_third_party_is_not_the_deniers(extract) -> None:
    r = extract("Uruguay rejected criticism from Paraguay that Brazil had closed the border.")
    assert ("Paraguay", "ACCUSES", "Uruguay") not in r.triples


def test_apposed_official_denying_claims_by_is_active(extract) -> None:
    r = extract("Uruguay's foreign minister, Lucia Ferrer, denied claims by Paraguay that Uruguay had diverted water.")
    assert ("Lucia Ferrer", "DENIES", "Paraguay") in r.triples
    assert ("Paraguay", "DENIES", "Lucia Ferrer") not in r.triples
    assert ("Paraguay", "ACCUSES", "Uruguay") in r.triples
