"""Round 21: coordinated or paired parties of a joint act or of cooperating, with no "with": "A and B began joint
patrols", "the two countries still cooperate on fisheries" -> COOPERATES_WITH both ways; a single party's
cooperation with no partner named is none, and "the two countries" are not two people who met earlier."""


def test_coordinated_states_begin_joint_patrols(extract) -> None:
    r = extract("Kenya and Somalia began joint coastal patrols near the port in 2022.")
    assert ("Kenya", "COOPERATES_WITH", "Somalia") in r.triples
    assert ("Somalia", "COOPERATES_WITH", "Kenya") in r.triples


def test_the_two_countries_hold_joint_drills(extract) -> None:
    r = extract("Ghana and Togo share a long land border. The two countries held joint naval drills on Monday.")
    assert ("Ghana", "COOPERATES_WITH", "Togo") in r.triples


def test_coordinated_states_cooperating_on_a_matter(extract) -> None:
    r = extract("Chile and Argentina are cooperating on the search for the missing fishing boat.")
    assert ("Chile", "COOPERATES_WITH", "Argentina") in r.triples


def test_the_two_countries_are_not_two_people_who_met(extract) -> None:
    later = (" Prime Minister Anna Virtanen discussed Arctic security with NATO Secretary General Lars Ekholm in "
             "Helsinki. The two countries still cooperate on managing salmon stocks in the Baltic.")
    r = extract("Finland expelled two Russian diplomats on Monday." + later)
    assert ("Anna Virtanen", "COOPERATES_WITH", "Lars Ekholm") not in r.triples
    r = extract("Finland, which borders Russia, expelled two Russian diplomats on Monday." + later)
    assert ("Finland", "COOPERATES_WITH", "Russia") in r.triples
    assert ("Anna Virtanen", "COOPERATES_WITH", "Lars Ekholm") not in r.triples


def test_a_single_party_cooperating_is_no_pair(extract) -> None:
    r = extract("Peru said on Monday that it would cooperate fully with the inquiry into the crash.")
    assert not any(t[1] == "COOPERATES_WITH" for t in r.triples)


def test_a_single_state_joint_drill_has_no_partner(extract) -> None:
    r = extract("Brazil and Peru traded accusations last week. Brazil held joint naval exercises on Monday.")
    assert ("Brazil", "COOPERATES_WITH", "Peru") not in r.triples


def test_both_cooperating_with_a_third_is_no_pair(extract) -> None:
    r = extract("Ecuador and Colombia cooperated closely with Interpol in the manhunt.")
    assert ("Ecuador", "COOPERATES_WITH", "Colombia") not in r.triples
    assert ("Ecuador", "COOPERATES_WITH", "Interpol") in r.triples
