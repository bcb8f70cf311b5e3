"""Round 21: "renegotiate" is negotiating: "promised to renegotiate loans from X", "wants to renegotiate its debt with
X", "its renegotiation with X" -> NEGOTIATES_WITH X (hypothetical when only promised or wanted)."""

from actorgraph.graph.registry import RelationStatus


def test_renegotiate_loans_from_a_lender(extract) -> None:
    r = extract("The opposition leader, Ana Ruiz, has promised to renegotiate loans from the World Bank.")
    assert r.rel("Ana Ruiz", "NEGOTIATES_WITH", "World Bank").status == RelationStatus.HYPOTHETICAL


def test_renegotiate_debt_with_a_state(extract) -> None:
    r = extract("Zambia wants to renegotiate its debt with China before the election.")
    assert ("Zambia", "NEGOTIATES_WITH", "China") in r.triples


def test_renegotiation_noun_with(extract) -> None:
    r = extract("Zambia's renegotiation with the World Bank stalled on Monday.")
    assert ("Zambia", "NEGOTIATES_WITH", "World Bank") in r.triples


def test_renegotiating_contracts_names_no_one(extract) -> None:
    r = extract("Ecuador said it would renegotiate the mining contracts.")
    assert not any(t[1] == "NEGOTIATES_WITH" for t in r.triples)
