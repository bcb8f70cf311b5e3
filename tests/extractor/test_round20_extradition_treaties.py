"""Round 20: a measure noun heading a treaty or law ("Chile's extradition treaty with Peru", "a deportation agreement
with X") is an agreement, not a coercive act on the partner; the act itself stays one."""


def test_extradition_treaty_is_no_coercion(extract) -> None:
    r = extract("Judge Ana Varela said the terms of Uruguay's extradition treaty with Brasília had been met.")
    assert ("Uruguay", "COERCES", "Brazil") not in r.triples


def test_deportation_agreement_is_no_coercion(extract) -> None:
    r = extract("Austria signed a deportation agreement with Georgia on Monday.")
    assert ("Austria", "COERCES", "Georgia") not in r.triples


def test_the_extradition_itself_still_coerces(extract) -> None:
    r = extract("Uruguay extradited Tomas Olvido to Brazil on Monday.")
    assert ("Uruguay", "COERCES", "Tomas Olvido") in r.triples


def test_extradition_agreement_named_in_a_demand_is_no_coercion(extract) -> None:
    r = extract("Kenya urged Uganda to honour their extradition agreement.")
    assert ("Kenya", "COERCES", "Uganda") not in r.triples
