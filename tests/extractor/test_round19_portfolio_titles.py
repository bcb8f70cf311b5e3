"""Round 19: a formal title with its portfolio after it -- "Minister of Foreign Affairs and Emigration X",
"X, Foreign Minister of Chile,", "Chile's Minister of Defence, X" -- is the title (the portfolio is no person's name,
the country after "of" stays the country)."""


def test_portfolio_after_title_before_name(extract) -> None:
    r = extract("Minister of Trade and Industry Tomas Berg met Peru's ambassador in Santiago, Chile's government said.")
    assert "Tomas Berg" in r.kinds
    assert not [n for n in r.kinds if n.startswith("of ") or n.startswith("Industry")]


def test_portfolio_with_and_before_name(extract) -> None:
    r = extract("Minister of Foreign Affairs and Cooperation Tomas Berg said Chile would respond.")
    assert "Tomas Berg" in r.kinds
    assert ("Tomas Berg", "HOLDS_POSITION", "Chile") in r.triples


def test_possessive_portfolio_title_with_comma(extract) -> None:
    r = extract("Chile's Minister of Defence, Tomas Berg, met Peru's ambassador.")
    assert ("Tomas Berg", "HOLDS_POSITION", "Chile") in r.triples
    assert "Minister of Defence" not in r.kinds


def test_title_of_country_in_apposition(extract) -> None:
    r = extract("Tomas Berg, Foreign Minister of Chile, met Peru's ambassador.")
    assert ("Tomas Berg", "HOLDS_POSITION", "Chile") in r.triples
    assert "of Chile" not in r.kinds
    r = extract("The Foreign Minister of Chile, Tomas Berg, met Peru's ambassador.")
    assert ("Tomas Berg", "HOLDS_POSITION", "Chile") in r.triples
    assert ("of Chile", "HOLDS_POSITION", "Peru") not in r.triples


def test_portfolio_and_country_leave_no_fragment(extract) -> None:
    r = extract("Tomas Berg, Minister of Foreign Affairs of Chile, met Peru's ambassador.")
    assert "Chile" in r.kinds and "Tomas Berg" in r.kinds
    assert not [n for n in r.kinds if n.startswith("of ")]


def test_honorifics_between_title_and_name(extract) -> None:
    r = extract("Chile's foreign minister, Dr. Tomas Berg, met Peru's ambassador.")
    assert ("Tomas Berg", "HOLDS_POSITION", "Chile") in r.triples
    r = extract("Minister of Foreign Affairs and Cooperation, H.E. Dr. Tomas Berg, conveyed Chile's position to Peru.")
    assert ("Tomas Berg", "HOLDS_POSITION", "Chile") in r.triples
    assert "H.E. Dr" not in r.kinds


def test_relative_clause_post(extract) -> None:
    r = extract("Chile's army was deployed on Monday. Crown Prince Tomas Berg, who is also prime minister, met Peru's envoy.")
    assert ("Tomas Berg", "LEADS", "Chile") in r.triples
    r = extract("Tomas Berg, who has governed Chile for two decades, met Peru's envoy on Monday.")
    assert ("Tomas Berg", "LEADS", "Chile") in r.triples


def test_ruling_is_no_leadership(extract) -> None:
    r = extract("Chile's ruling Liberty Party rejected the charge.")
    assert ("Chile", "LEADS", "Liberty Party") not in r.triples
    r = extract("The court ruled that Chile must pay Peru, and the EU rules Chile out of the scheme.")
    assert not [t for t in r.triples if t[1] == "LEADS"]
