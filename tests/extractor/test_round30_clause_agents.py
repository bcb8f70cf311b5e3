"""Round 30 (C): who acts in a clause of coercion — an after-clause subject told more fully, a body acting through
its members or chamber, a body's members named in apposition."""


def test_after_clause_subject_with_its_short_form(extract) -> None:
    r = extract("The vote was held a day after the National Crime Agency (NCA) arrested Radu Ionescu.")
    assert ("National Crime Agency", "COERCES", "Radu Ionescu") in r.triples


def test_after_clause_subject_acting_through_a_possessed_body(extract) -> None:
    r = extract("Protests began after Moldova's border police detained Radu Ionescu.")
    assert ("Moldova", "COERCES", "Radu Ionescu") in r.triples
    r = extract("The sanctions came two days after Moldova's military intelligence agency said it had captured two "
                "Ukrainian soldiers.")
    assert ("Moldova", "COERCES", "two Ukrainian soldiers") in r.triples


def test_after_clause_possessor_of_others_does_not_act(extract) -> None:
    r = extract("Protests began after the Lotus Group's critics detained Radu Ionescu.")
    assert ("Lotus Group", "COERCES", "Radu Ionescu") not in r.triples
    r = extract("Protests began after Moldova's decision to detain Radu Ionescu.")
    assert not {t for t in r.triples if t[0] == "Moldova" and t[2] == "Radu Ionescu" and t[1] != "COERCES"}


def test_body_acting_through_its_chamber_or_members(extract) -> None:
    r = extract("The criminal chamber of the Kinshasa Court of Appeal sentenced Marcel Ebondo to 12 years.")
    assert ("Kinshasa Court of Appeal", "INVESTIGATES", "Marcel Ebondo") in r.triples
    r = extract("Judges of the Supreme Court convicted Radu Ionescu of treason.")
    assert ("Supreme Court", "INVESTIGATES", "Radu Ionescu") in r.triples
    assert "Judges of the Supreme Court" not in r.kinds
    r = extract("Radu Ionescu was detained by a patrol of the Free Valley Front near the border.")
    assert ("Free Valley Front", "COERCES", "Radu Ionescu") in r.triples


def test_members_named_in_apposition_are_the_ones_detained(extract) -> None:
    r = extract("The Security Service of Ukraine (SBU) detained two NABU detectives, Ruslan Kovalenko and Iryna "
                "Bilyk, on Monday.")
    assert ("Security Service of Ukraine", "COERCES", "Ruslan Kovalenko") in r.triples
    assert ("Security Service of Ukraine", "COERCES", "Iryna Bilyk") in r.triples
    assert ("Security Service of Ukraine", "COERCES", "NABU") not in r.triples


def test_a_body_and_its_people_listed_stay_separate(extract) -> None:
    r = extract("Moldova sanctioned the Lotus Group, Radu Ionescu and Ana Popa.")
    assert ("Moldova", "SANCTIONS", "Lotus Group") in r.triples
    assert ("Moldova", "SANCTIONS", "Radu Ionescu") in r.triples

