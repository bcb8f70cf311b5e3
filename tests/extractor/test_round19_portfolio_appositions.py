"""Round 19: a formal title with its capitalised portfolio in an apposition after the name -- "X, Minister of
Foreign Affairs of Chile," -- is a post in the state named last, as "X, Foreign Minister of Chile," is."""


def test_portfolio_title_of_a_state_after_the_name(extract) -> None:
    r = extract("Tomas Berg, Minister of Energy and Mines of Ghana, met Peru's ambassador on Monday.")
    assert ("Tomas Berg", "HOLDS_POSITION", "Ghana") in r.triples


def test_minister_of_state_for_a_portfolio(extract) -> None:
    r = extract("Tomas Berg, the Minister of State for Regional Cooperation of Ghana, said talks would resume.")
    assert ("Tomas Berg", "HOLDS_POSITION", "Ghana") in r.triples


def test_former_holder_is_no_post(extract) -> None:
    r = extract("Tomas Berg, the former Minister of Energy of Ghana, said talks would resume.")
    assert ("Tomas Berg", "HOLDS_POSITION", "Ghana") not in r.triples
