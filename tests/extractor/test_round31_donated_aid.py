"""Round 31: anything donated to a party is aid to it (triggers.yaml "donat..."), and vehicles, boats,
helicopters, tanks, vaccines, medicines and generators are goods the aid verbs take."""


def test_donated_goods_to_a_body(extract) -> None:
    r = extract("China said it would donate forty police vehicles and a forensic laboratory to the Tonga Police.")
    assert ("China", "AIDS", "Tonga Police") in r.triples


def test_sent_vehicles_to_a_state(extract) -> None:
    r = extract("Japan sent ten armoured vehicles to Ukraine last year.")
    assert ("Japan", "AIDS", "Ukraine") in r.triples


def test_donation_to_no_actor(extract) -> None:
    r = extract("Japan donated two patrol boats to the museum before its minister flew to Peru.")
    assert ("Japan", "AIDS", "Peru") not in r.triples
