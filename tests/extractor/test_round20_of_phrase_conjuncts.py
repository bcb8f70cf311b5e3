"""Round 20: in a list of people the first of whom is given with her party ("A of the X Party (XP) and B were
detained", "police detained A of the X Party and B"), the party only qualifies A: A and B are the list, not B and
the party. As a subject, only of a plural verb: "A of X and B, who leads Y, did not ..." is B's relative clause."""


def test_passive_subject_list_past_the_party(extract) -> None:
    r = extract("Uruguayan police raided two homes on Monday. Ana Ferro of the Civic Union and Tomas Olvido were "
                "detained at their homes.")
    assert ("Uruguay", "COERCES", "Ana Ferro") in r.triples
    assert ("Uruguay", "COERCES", "Tomas Olvido") in r.triples
    assert ("Uruguay", "COERCES", "Civic Union") not in r.triples


def test_passive_subject_list_past_the_party_and_its_short_form(extract) -> None:
    r = extract("Uruguayan police raided two homes on Monday. Ana Ferro of the Civic Union (UC) and Tomas Olvido, "
                "a former minister, were detained separately.")
    assert ("Uruguay", "COERCES", "Ana Ferro") in r.triples


def test_object_list_past_the_party(extract) -> None:
    r = extract("Uruguayan police raided two homes on Monday. Police detained Ana Ferro of the Civic Union and Tomas "
                "Olvido.")
    assert ("Uruguay", "COERCES", "Tomas Olvido") in r.triples


def test_relative_clause_of_the_second_person_stays_his(extract) -> None:
    r = extract("The board said that Ana Ferro of the Civic Union (UC) and Tomas Olvido, who leads the Green Party "
                "(PV), did not qualify.")
    assert ("Ana Ferro", "LEADS", "Green Party") not in r.triples
