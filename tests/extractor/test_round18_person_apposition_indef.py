"""Round 18: "X, a well-known trader, ..." describes the person just named; the indefinite noun is no firm to be
named later (mentions.find_mentions: no indef-org right after a person's name and its comma)."""


def test_a_person_s_indefinite_apposition_links_to_no_later_body(extract) -> None:
    r = extract("Police raided dealers in Lima. Among those detained was Rosa Quispe, a well-known trader on "
                "Lima's Avenida Grau, who was arrested on Monday. The head of the Central Reserve Bank, Luis Soto, blamed the dealers.")
    assert not any(t[1] == "COERCES" and t[2] == "Central Reserve Bank" for t in r.triples)
    assert ("Peru", "COERCES", "Rosa Quispe") in r.triples
