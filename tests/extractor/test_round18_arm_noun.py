"""Round 18: the noun "arm" (a branch: "the Peruvian arm of X", "its military arm, Y") is no arming (AIDS);
the verb still is ("to arm X", "will arm X", "arms X")."""


def test_a_firm_s_branch_called_its_arm_aids_no_one(extract) -> None:
    r = extract("Pedro Alvarado heads the Peruvian arm of Andes Copper.")
    assert not any(t[1] == "AIDS" for t in r.triples)


def test_a_movement_s_military_arm_is_not_armed_by_it(extract) -> None:
    r = extract("The Sahel Front and its military arm, the Ansar Brigade, were banned by Mali.")
    assert ("Sahel Front", "AIDS", "Ansar Brigade") not in r.triples
    assert ("Mali", "DESIGNATES", "Ansar Brigade") in r.triples


def test_the_verb_arm_still_aids(extract) -> None:
    assert ("Iran", "AIDS", "Houthis") in extract("Iran continues to arm the Houthis.").triples
    assert ("United States", "AIDS", "Ukraine") in extract("The United States will arm Ukraine.").triples
    assert ("Russia", "AIDS", "Syria") in extract("Russia arms Syria.").triples
