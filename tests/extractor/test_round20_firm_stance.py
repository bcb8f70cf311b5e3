"""Round 20: "firm" before a noun of stance ("the firm protest of X", "its firm position") is an adjective, not "the
firm" standing for a company named before (mentions._firm_stance)."""


def test_firm_protest_is_no_company(extract) -> None:
    r = extract("Chile sanctioned Andes Mining Corporation on Monday. Peru's deputy minister conveyed to Chile's "
                "ambassador the firm protest of the Peruvian side.")
    assert ("Andes Mining Corporation", "PROTESTS", "Peru") not in r.triples
    assert ("Andes Mining Corporation", "PROTESTS", "Chile") not in r.triples


def test_its_firm_position_is_no_company(extract) -> None:
    r = extract("Chile sanctioned Andes Mining Corporation on Monday. Peru reaffirms its firm position in support "
                "of mediation in coordination with the Organization of American States.")
    assert ("Andes Mining Corporation", "COOPERATES_WITH", "Organization of American States") not in r.triples


def test_the_firm_still_refers_to_the_company(extract) -> None:
    r = extract("Chile sanctioned Andes Mining Corporation on Monday. The firm denied any wrongdoing.")
    assert ("Andes Mining Corporation", "DENIES", "Chile") in r.triples
