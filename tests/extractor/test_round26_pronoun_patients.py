"""Round 26: "She singled out X, accusing him of ..." — with no relation before to take the object from, "him" is
the last person named between the subject and the accusing verb (events_chain._named_person)."""


def test_singled_out_then_accusing_him(extract) -> None:
    r = extract("MANAGUA, March 13 - Government spokeswoman Ligia Ortiz spoke on Monday. She singled out Father Julio "
                "Tinoco, a parish priest from Matagalpa, accusing him of channelling donations to the opposition. "
                "Tinoco rejected the charge.")
    assert ("Ligia Ortiz", "ACCUSES", "Julio Tinoco") in r.triples
    assert ("Julio Tinoco", "DENIES", "Ligia Ortiz") in r.triples


def test_person_before_the_subject_is_not_him(extract) -> None:
    r = extract("MANAGUA, March 13 - After meeting Tomas Ibarra, Interior Minister Hermes Rangel singled out the "
                "ministry, accusing him of hiding the figures.")
    assert ("Hermes Rangel", "ACCUSES", "Tomas Ibarra") not in r.triples
