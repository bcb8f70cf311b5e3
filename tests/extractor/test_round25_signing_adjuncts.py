"""Round 25: a deal signed in a participial adjunct after a main clause ("X has courted China, signing ... with
Japan", ", refusing to sign any deal with Japan") is the clause subject's, not the main verb's object's; a deal one
is "hoping" / "seeking" to sign is hypothetical (status cues)."""


def test_signing_adjunct_takes_the_clause_subject(extract) -> None:
    r = extract("Kenya has courted China, signing a $2 billion package of infrastructure loans with Japan in May.")
    assert ("Kenya", "AGREES_WITH", "Japan") in r.triples
    assert ("China", "AGREES_WITH", "Japan") not in r.triples


def test_refusing_to_sign_takes_the_clause_subject(extract) -> None:
    r = extract("Ghana angered Nigeria on Monday, refusing to sign any deal with Togo.")
    assert ("Nigeria", "AGREES_WITH", "Togo") not in r.triples
    assert r.rel("Ghana", "AGREES_WITH", "Togo").status.value == "negated"


def test_hoping_to_sign_is_hypothetical(extract) -> None:
    r = extract("Peru is hoping to sign a trade deal with Brazil next year.")
    assert r.rel("Peru", "AGREES_WITH", "Brazil").status.value == "hypothetical"


def test_seeking_to_sign_in_an_adjunct_is_hypothetical(extract) -> None:
    r = extract("Bangladesh has snubbed India, seeking to sign a loan agreement with Russia instead.")
    assert ("India", "AGREES_WITH", "Russia") not in r.triples
    assert r.rel("Bangladesh", "AGREES_WITH", "Russia").status.value == "hypothetical"
