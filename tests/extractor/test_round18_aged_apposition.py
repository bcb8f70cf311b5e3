"""Round 18: an age between a name and its apposition ("X, 45, a manager at Y, was arrested") keeps X the
subject; Y only says where X works (arguments.subject_of)."""


def test_aged_person_with_employer_apposition_is_the_one_arrested(extract) -> None:
    r = extract("Pedro Alvarado, 45, a senior engineer at the Peruvian unit of Quito-based Andes Copper, was arrested "
                "by Chilean police on Monday.")
    assert ("Chile", "COERCES", "Pedro Alvarado") in r.triples
    assert ("Chile", "COERCES", "Andes Copper") not in r.triples


def test_aged_person_with_party_apposition_is_the_one_detained(extract) -> None:
    r = extract("Marta Quispe, 51, an adviser to the opposition Liberty Party, was detained by Bolivian police.")
    assert ("Bolivia", "COERCES", "Marta Quispe") in r.triples
    assert ("Bolivia", "COERCES", "Liberty Party") not in r.triples


def test_aged_person_sanctioned_not_the_firm(extract) -> None:
    r = extract("Marta Quispe, 51, a director at Lima-based Andes Copper, was sanctioned by the United States on Friday.")
    assert ("United States", "SANCTIONS", "Marta Quispe") in r.triples
    assert ("United States", "SANCTIONS", "Andes Copper") not in r.triples
