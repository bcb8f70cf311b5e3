"""Round 20: a demonym coordinated with a named armed group before their shared force noun ("Israeli and Hezbollah
fighters", "Sudanese and RSF forces") names the state, so that the fighting between the two sides is found; a
capitalised word that is no force's name ("Venezuelan Ministry officials") is left as before."""


def test_demonym_and_named_group_fighters_exchange_fire(extract) -> None:
    r = extract("Uruguayan and Pampas Front fighters exchanged fire near the border on Sunday.")
    assert ("Uruguay", "ATTACKS", "Pampas Front") in r.triples
    assert ("Pampas Front", "ATTACKS", "Uruguay") in r.triples


def test_demonym_and_acronym_forces_clash(extract) -> None:
    r = extract("Chadian and FACT forces clashed in the north on Monday.")
    assert ("Chad", "ATTACKS", "FACT") in r.triples


def test_no_force_noun_no_state(extract) -> None:
    r = extract("Uruguayan and Pampas Front delegates met in Geneva on Sunday.")
    assert "Uruguay" not in r.kinds
