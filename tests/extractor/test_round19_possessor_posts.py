"""Round 19: a post given with its state as possessor ("Estonia's foreign minister, X") records X's state, so
that X's "his/her government" is that state and not the one the story names most (capitalised_runs via
run_context.possessor_state)."""


def test_possessor_state_is_her_governments_state(extract) -> None:
    r = extract("Venezuela seized two tankers on Monday. Venezuela said Caracas would seize more. Estonia's foreign "
                "minister, Liina Parts, said her government would not be intimidated by Caracas.")
    assert ("Estonia", "REJECTS", "Venezuela") in r.triples
    assert ("Venezuela", "REJECTS", "Venezuela") not in r.triples


def test_possessor_state_without_comma(extract) -> None:
    r = extract("Peru expelled a Chilean diplomat. Peru said Lima had evidence. Chile's interior minister Tomas Ortiz "
                "said his government had offered Peru a joint inquiry.")
    assert ("Chile", "OFFERS", "Peru") in r.triples


def test_demonym_possessor_is_no_state(extract) -> None:
    r = extract("Peru expelled a Chilean diplomat. Peru said Lima had evidence. The Chileans' lawyer, Tomas Ortiz, "
                "said his government had offered Peru a joint inquiry.")
    assert ("Chile", "OFFERS", "Peru") not in r.triples
