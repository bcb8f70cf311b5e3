"""Round 20 (precision): the objects of a measure stop at a time clause that names another event ("imposed after
the invasion of X"): X is that event's party, not the measure's target."""


def test_sanctions_imposed_after_an_invasion_do_not_target_the_invaded(extract) -> None:
    r = extract("Ghana has refused to join EU sanctions imposed after Togo's invasion of Benin.")
    assert not any(t[1] == "SANCTIONS" and t[2] == "Benin" for t in r.triples)


def test_sanctions_after_an_attack_on_a_state(extract) -> None:
    r = extract("The EU imposed new sanctions following the attack on Benin.")
    assert not any(t[1] == "SANCTIONS" and t[2] == "Benin" for t in r.triples)


def test_a_target_before_the_time_clause_stays(extract) -> None:
    r = extract("The EU imposed sanctions on Togo after its invasion of Benin.")
    assert ("EU", "SANCTIONS", "Togo") in r.triples
