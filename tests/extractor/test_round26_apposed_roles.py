"""Round 26: standing ties told by appositions (standing_roles.py and its neighbours): a plural role after
coordinated people, a role after a description ("who acts as"), a lawyer "representing" a client, a student "at"
a university, a rector, a head of mission, "commanded by" a titled person with a demonym, and no post from
", the former X,"."""


def test_plural_role_after_coordinated_people(extract) -> None:
    r = extract("Mara Lind and Jonas Berg, leaders of the Civic Renewal Front, were arrested on Monday.")
    assert ("Mara Lind", "LEADS", "Civic Renewal Front") in r.triples
    assert ("Jonas Berg", "LEADS", "Civic Renewal Front") in r.triples
    r = extract("Mara Lind and Jonas Berg, two senior members of the Civic Renewal Front, denied the charges.")
    assert ("Jonas Berg", "MEMBER_OF", "Civic Renewal Front") in r.triples
    r = extract("Mara Lind and Jonas Berg met leaders of the Civic Renewal Front on Monday.")
    assert ("Mara Lind", "LEADS", "Civic Renewal Front") not in r.triples


def test_role_after_description(extract) -> None:
    r = extract("Wilson Dérival, a gang leader who acts as a spokesman for the Civic Renewal Front, warned of attacks.")
    assert ("Wilson Dérival", "HOLDS_POSITION", "Civic Renewal Front") in r.triples


def test_lawyer_representing_and_student_at(extract) -> None:
    r = extract("Hélène Verbruggen, a Brussels lawyer representing Ana Soto, said she would appeal.")
    assert any(t[1] == "ASSOCIATED_WITH" and {t[0], t[2]} == {"Hélène Verbruggen", "Ana Soto"} for t in r.triples)
    r = extract("Among those detained was Teodora Lazić, a 22-year-old law student at the University of Novi Sad.")
    assert ("Teodora Lazić", "MEMBER_OF", "University of Novi Sad") in r.triples


def test_rector_and_head_of_mission(extract) -> None:
    r = extract("Vladan Ristić, the rector of the University of Belgrade, condemned the arrests.")
    assert ("Vladan Ristić", "LEADS", "University of Belgrade") in r.triples
    r = extract("Somalia expelled Ethiopia's deputy head of mission, Tesfaye Gebremariam, and its military attaché, "
                "Colonel Dawit Alemu.")
    assert ("Tesfaye Gebremariam", "HOLDS_POSITION", "Ethiopia") in r.triples
    assert ("Dawit Alemu", "HOLDS_POSITION", "Ethiopia") in r.triples


def test_commanded_by_demonym_title(extract) -> None:
    r = extract("The Civic Renewal Front, commanded by Kenyan police officer Joseph Kiprono, has 1,000 personnel.")
    assert ("Joseph Kiprono", "LEADS", "Civic Renewal Front") in r.triples


def test_former_post_after_name(extract) -> None:
    r = extract("Serbian prosecutors charged Goran Mitić, the former construction minister, on Monday.")
    assert ("Goran Mitić", "HOLDS_POSITION", "Serbia") not in r.triples
    r = extract("Serbian prosecutors charged Goran Mitić, the construction minister, on Monday.")
    assert ("Goran Mitić", "HOLDS_POSITION", "Serbia") in r.triples
