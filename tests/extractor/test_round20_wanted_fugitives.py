"""Round 20: a fugitive "wanted in X on fraud charges", "wanted by X on an international warrant" is pursued by X
(INVESTIGATES, the agent after the participle's last word), also when a description is apposed to the name ("X, a
businessman wanted by Y ..."), and a name inside that description ("a suspected Tarvo member") is not the one
wanted. "Wanted" without a charge or warrant ("wanted by Chile to lead the talks") is nothing."""


def test_wanted_in_a_state_on_charges(extract) -> None:
    r = extract("Tomas Olvido, who is wanted in Uruguay on embezzlement charges, was arrested in Madrid.")
    assert ("Uruguay", "INVESTIGATES", "Tomas Olvido") in r.triples


def test_wanted_in_a_state_for_a_crime(extract) -> None:
    r = extract("Tomas Olvido is wanted in Paraguay for money laundering.")
    assert ("Paraguay", "INVESTIGATES", "Tomas Olvido") in r.triples


def test_wanted_by_a_state_after_an_apposed_description(extract) -> None:
    r = extract("Tomas Olvido, a shipping magnate wanted by Bolivia on an international arrest warrant, fled.")
    assert ("Bolivia", "INVESTIGATES", "Tomas Olvido") in r.triples


def test_a_body_named_inside_the_description_is_not_wanted(extract) -> None:
    r = extract("The Tarvo gang runs the port. Police in Chile detained Tomas Olvido, a suspected Tarvo member "
                "wanted by Peru on a murder warrant.")
    assert ("Peru", "INVESTIGATES", "Tomas Olvido") in r.triples
    assert ("Peru", "INVESTIGATES", "Tarvo") not in r.triples


def test_wanted_for_a_role_is_not_a_pursuit(extract) -> None:
    r = extract("Tomas Olvido, a mediator wanted by Bolivia to lead the talks, arrived in Lima.")
    assert not any(t[1] == "INVESTIGATES" for t in r.triples)


def test_wanted_without_a_charge_is_nothing(extract) -> None:
    r = extract("Tomas Olvido said the reform was wanted in Paraguay by most voters.")
    assert not any(t[1] == "INVESTIGATES" for t in r.triples)


def test_wanted_in_a_city_gives_the_story_state_nothing(extract) -> None:
    r = extract("TEGUCIGALPA (Wire) - Honduran police arrested two men on Monday. Tomas Olvido, a former mayor who is "
                "wanted in Boston on fraud charges, fled last year.")
    assert ("Honduras", "INVESTIGATES", "Tomas Olvido") not in r.triples
