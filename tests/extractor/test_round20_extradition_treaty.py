"""Round 20 (precision): "extradition" modifying a treaty, agreement or law names an instrument, not an act of
coercion against the treaty partner; extraditing someone stays COERCES."""


def test_extradition_treaty_with_a_state_is_no_coercion(extract) -> None:
    r = extract("The judge said the terms of Kenya's extradition treaty with Uganda had been met.")
    assert ("Kenya", "COERCES", "Uganda") not in r.triples


def test_extradition_agreement_is_no_coercion(extract) -> None:
    r = extract("Kenya urged Uganda to honour their extradition agreement.")
    assert ("Kenya", "COERCES", "Uganda") not in r.triples


def test_extraditing_a_person_is_still_coercion(extract) -> None:
    r = extract("Kenya extradited Joseph Omondi to Uganda on Friday.")
    assert ("Kenya", "COERCES", "Joseph Omondi") in r.triples
