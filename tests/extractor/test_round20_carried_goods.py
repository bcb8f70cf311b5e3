"""Round 20: a participle on a noun no actor names does its own act (carried_goods.py): "Peru sanctioned shipping
firms carrying fuel to Chile" gives no Peru AIDS Chile and no Peru SANCTIONS Chile; "seized two trucks delivering
arms to X" and "sanctioned companies helping X" give no aid of the clause's subject; a named carrier keeps its act."""


def test_shipping_firms_carrying_fuel(extract) -> None:
    r = extract("Peru said Lima had sanctioned shipping firms and insurers carrying diesel to Bolivia.")
    assert ("Peru", "AIDS", "Bolivia") not in r.triples
    assert ("Peru", "SANCTIONS", "Bolivia") not in r.triples


def test_trucks_delivering_arms(extract) -> None:
    r = extract("Uruguay seized two trucks delivering rifles and ammunition to the Tolo Front.")
    assert ("Uruguay", "AIDS", "Tolo Front") not in r.triples


def test_companies_helping(extract) -> None:
    r = extract("Ecuador sanctioned companies helping Bolivia evade the embargo.")
    assert ("Ecuador", "AIDS", "Bolivia") not in r.triples


def test_a_named_carrier_keeps_its_act(extract) -> None:
    r = extract("Ecuador sanctioned six firms supplying drones to Bolivia.")
    assert ("six firms", "AIDS", "Bolivia") in r.triples


def test_the_state_own_shipments_stay(extract) -> None:
    r = extract("Ecuador has shipped crude oil to Bolivia since 2021.")
    assert ("Ecuador", "AIDS", "Bolivia") in r.triples
