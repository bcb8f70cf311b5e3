"""Round 31: a head's post taken by swearing-in or appointment leads the state ("X was sworn in as president",
relations._AS_HEAD); a minister's post stays HOLDS_POSITION and "president of the Supreme Court" leads the court."""

_LEAD = "QUITO, May 3 (Wire) - Ecuador's National Assembly removed the president on Monday.\n\n"


def test_sworn_in_as_president_leads(extract) -> None:
    r = extract(_LEAD + "Hours later the head of the assembly, Rosa Vera, was sworn in as president.")
    assert ("Rosa Vera", "LEADS", "Ecuador") in r.triples
    assert ("Rosa Vera", "HOLDS_POSITION", "Ecuador") not in r.triples


def test_sworn_in_as_interim_prime_minister_leads(extract) -> None:
    r = extract(_LEAD + "Rosa Vera was sworn in as interim prime minister on Tuesday.")
    assert ("Rosa Vera", "LEADS", "Ecuador") in r.triples


def test_sworn_in_as_minister_holds_a_post(extract) -> None:
    r = extract(_LEAD + "Rosa Vera was sworn in as interior minister on Tuesday.")
    assert ("Rosa Vera", "HOLDS_POSITION", "Ecuador") in r.triples
    assert ("Rosa Vera", "LEADS", "Ecuador") not in r.triples


def test_president_of_another_body_is_not_the_states_head(extract) -> None:
    r = extract(_LEAD + "Rosa Vera was sworn in as president of the Constitutional Court on Tuesday.")
    assert ("Rosa Vera", "LEADS", "Ecuador") not in r.triples
