"""Round 25: a court's or judge's finding ("the High Court found that X had incited violence") is a ruling, not an
accusation (reported._can_accuse); a prosecutor saying the same still accuses."""


def test_court_finding_is_no_accusation(extract) -> None:
    r = extract("MBABANE, March 20 - Judge Thabo Dlamini of the High Court found that Sipho Mavuso and Themba Nxumalo "
                "had incited violence at rallies.")
    assert not any(t[1] == "ACCUSES" for t in r.triples)
    r = extract("MBABANE, March 20 - The Supreme Court said Sipho Mavuso had bribed election officials.")
    assert ("Supreme Court", "ACCUSES", "Sipho Mavuso") not in r.triples


def test_prosecutor_still_accuses(extract) -> None:
    r = extract("MBABANE, March 20 - Prosecutor Nomsa Khumalo said Sipho Mavuso had embezzled public funds.")
    assert ("Nomsa Khumalo", "ACCUSES", "Sipho Mavuso") in r.triples
