"""Round 25: "was examining the Chinese decision" weighs it; no one is investigated (relations, WEIGHED_OBJECT), and
the verb still heads its clause for a verb joined to it."""


def test_examined_decision_investigates_no_one(extract) -> None:
    r = extract("Germany's economy ministry said it was examining the Chinese decision.")
    assert ("Germany", "INVESTIGATES", "China") not in r.triples
    r = extract("Germany said it was examining the EU's proposal.")
    assert not any(t[1] == "INVESTIGATES" for t in r.triples)


def test_examined_party_still_investigated(extract) -> None:
    r = extract("German prosecutors are examining Andean Mining's role in the scheme.")
    assert ("Germany", "INVESTIGATES", "Andean Mining") in r.triples
