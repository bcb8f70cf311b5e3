"""Round 30: "X rejected the protest / dismissed the complaint" answers the one who lodged it with X."""

_LODGED = "Suriname lodged a formal protest with Guyana on Tuesday over the detention of eleven miners. "


def test_protest_rejected_by_its_addressee(extract) -> None:
    r = extract(_LODGED + "Georgetown rejected the protest.")
    assert ("Guyana", "REJECTS", "Suriname") in r.triples
    r = extract(_LODGED + "Guyana dismissed the complaint on Wednesday.")
    assert ("Guyana", "REJECTS", "Suriname") in r.triples


def test_summons_to_protest_rejected(extract) -> None:
    r = extract("Tajikistan summoned Russia's ambassador on Wednesday to protest against the treatment of its "
                "citizens. Moscow rejected the protest.")
    assert ("Russia", "REJECTS", "Tajikistan") in r.triples


def test_complaint_examined_investigates_no_author(extract) -> None:
    r = extract(_LODGED + "Guyana's prosecutors are examining the complaint.")
    assert ("Guyana", "INVESTIGATES", "Suriname") not in r.triples


def test_protest_movement_is_no_protest_answered(extract) -> None:
    for answer in ("Guyana rejected the protest movement's demands.", "Guyana dismissed the protest leaders."):
        assert ("Guyana", "REJECTS", "Suriname") not in extract(_LODGED + answer).triples, answer
