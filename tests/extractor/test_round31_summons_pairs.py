"""Round 31: a summons story's later sentence that names no state (summons_pairs.py): its bare-titled official is
the summoner's, its envoy ("Ambassador Y", "the envoy, Y") the summoned state's, whatever city the dateline names
first; and "A and B, which together with C form the Y" (affiliation_members.py) makes A, B and C members of Y."""


def test_dual_dateline_does_not_swap_the_two_states(extract) -> None:
    r = extract("LIMA/QUITO, May 4 (Wire) - A Lima court jailed an Ecuadorean trader on Monday, prompting Ecuador to "
                "summon Peru's ambassador.\n\nVice Foreign Minister Rosa Vera summoned Ambassador Hugo Salas later "
                "on Monday to lodge a protest, the ministry said.")
    assert ("Hugo Salas", "HOLDS_POSITION", "Peru") in r.triples
    assert ("Rosa Vera", "HOLDS_POSITION", "Ecuador") in r.triples
    assert ("Hugo Salas", "HOLDS_POSITION", "Ecuador") not in r.triples
    assert ("Rosa Vera", "HOLDS_POSITION", "Peru") not in r.triples


def test_the_envoy_told_is_the_summoned_states(extract) -> None:
    r = extract("QUITO, May 4 (Wire) - Ecuador summoned the Peruvian ambassador on Monday over the raid.\n\n"
                "Foreign Minister Rosa Vera told the envoy, Hugo Salas, that the raid was unacceptable.")
    assert ("Hugo Salas", "HOLDS_POSITION", "Peru") in r.triples


def test_a_bare_envoy_without_a_summons_has_no_state(extract) -> None:
    r = extract("QUITO, May 4 (Wire) - Ecuador accused Peru of spying on Monday.\n\n"
                "The envoy, Hugo Salas, will travel to the border next week.")
    assert not any(t[0] == "Hugo Salas" and t[1] == "HOLDS_POSITION" for t in r.triples)


def test_a_later_sentence_naming_its_state_keeps_it(extract) -> None:
    r = extract("QUITO, May 4 (Wire) - Ecuador summoned the Peruvian ambassador on Monday over the raid.\n\n"
                "Ecuador's ambassador in Lima, Hugo Salas, was not allowed to attend.")
    assert ("Hugo Salas", "HOLDS_POSITION", "Ecuador") in r.triples
    assert ("Hugo Salas", "HOLDS_POSITION", "Peru") not in r.triples


def test_together_with_makes_all_three_members(extract) -> None:
    r = extract("Ghana and Togo, which together with Benin form the Coastal States Union, protested on Monday.")
    for state in ("Ghana", "Togo", "Benin"):
        assert (state, "MEMBER_OF", "Coastal States Union") in r.triples


def test_along_with_after_one_member(extract) -> None:
    r = extract("Ghana, which along with Benin and Togo makes up the Coastal States Union, protested on Monday.")
    for state in ("Ghana", "Togo", "Benin"):
        assert (state, "MEMBER_OF", "Coastal States Union") in r.triples


def test_together_with_a_place_is_no_membership(extract) -> None:
    r = extract("Ghana and Togo, which together with the city of Lagos form a trade belt, protested on Monday.")
    assert not any(t[1] == "MEMBER_OF" for t in r.triples)
