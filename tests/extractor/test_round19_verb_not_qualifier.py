"""Round 19: "Uruguay detained X on Monday, accusing him of ...": "detained" right after the state is its verb, not
the qualifier of "jailed/detained opposition leader X", so the participle's agent is the state, not X
(arguments.titled_head)."""


def test_detained_then_accusing_him(extract) -> None:
    r = extract("Paraguay detained Rodrigo Benitez on Friday, accusing him of smuggling cigarettes.")
    assert ("Paraguay", "ACCUSES", "Rodrigo Benitez") in r.triples
    assert ("Rodrigo Benitez", "ACCUSES", "Paraguay") not in r.triples


def test_detained_qualifier_still_qualifies(extract) -> None:
    r = extract("Paraguay's detained opposition leader Rodrigo Benitez accused Brazil of lying.")
    assert ("Rodrigo Benitez", "ACCUSES", "Brazil") in r.triples
