"""Round 19: an unnamed court of a state ("a Bolivian court", "Chilean courts") acts for the state, as its police
and prosecutors do; the state is no actor when the court does nothing the extractor records ("fined by a Swiss
court"). A fronted object may be the antecedent of "which a Bolivian court dissolved in 2016"."""


def test_demonym_court_jails(extract) -> None:
    r = extract("A Bolivian court jailed Pedro Alvarado for six years on Thursday.")
    assert ("Bolivia", "COERCES", "Pedro Alvarado") in r.triples


def test_demonym_court_bans_a_party(extract) -> None:
    r = extract("A Bolivian court banned the Andean Renewal Party on Thursday.")
    assert any(t[0] == "Bolivia" and t[2] == "Andean Renewal Party" for t in r.triples)


def test_passive_by_a_demonym_court(extract) -> None:
    r = extract("Pedro Alvarado was jailed by a Bolivian court in 2019.")
    assert ("Bolivia", "COERCES", "Pedro Alvarado") in r.triples


def test_court_dissolved_a_party_in_a_relative_clause(extract) -> None:
    r = extract("The Andean Renewal Party, which a Bolivian court dissolved in 2016, praised Pedro Alvarado.")
    assert ("Bolivia", "COERCES", "Andean Renewal Party") in r.triples


def test_idle_court_brings_no_state(extract) -> None:
    r = extract("Andes Copper was fined in 2019 by a Swiss court for tax violations.")
    assert "Switzerland" not in r.kinds


def test_dissolving_in_something_is_no_act(extract) -> None:
    r = extract("The Andean Renewal Party dissolved into rival factions in 2016.")
    assert not [t for t in r.triples if t[1] == "COERCES"]
