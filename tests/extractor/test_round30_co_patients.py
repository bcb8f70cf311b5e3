"""Round 30 (C): those named after a detention with no agent ("Among those arrested was X"), and others joined to
the one arrested, charged or sanctioned ("alongside his aide, X")."""


def test_listed_detainees_after_a_detention_with_no_agent(extract) -> None:
    r = extract("Albania's opposition marched in Tirana on Friday. Police said 37 protesters were detained. Among those "
                "arrested was Democratic Party lawmaker Flutura Hoxha.")
    assert ("Albania", "COERCES", "Flutura Hoxha") in r.triples
    assert ("Albania", "COERCES", "Democratic Party") not in r.triples


def test_no_listed_detainee_without_a_detention(extract) -> None:
    r = extract("Albania's opposition marched in Tirana on Friday. Police said 14 officers were injured. Among those "
                "injured was Flutura Hoxha.")
    assert ("Albania", "COERCES", "Flutura Hoxha") not in r.triples


def test_co_patients_joined_by_along_with(extract) -> None:
    r = extract("Ivan Petrov led the Moldovan opposition. The Supreme Court charged him with treason and illegal "
                "possession of a firearm, alongside his aide, Marko Lis.")
    assert ("Supreme Court", "INVESTIGATES", "Marko Lis") in r.triples
    r = extract("Moldova held elections in March. Ivan Petrov was arrested in February along with a retired colonel, "
                "Marko Lis, whom prosecutors accused of plotting.")
    assert ("Moldova", "COERCES", "Marko Lis") in r.triples
    r = extract("The United States sanctioned the Lotus Group together with its directors, Ivan Petrov and Marko Lis.")
    assert ("United States", "SANCTIONS", "Marko Lis") in r.triples


def test_acting_together_is_no_co_patient(extract) -> None:
    r = extract("Moldovan police arrested Ivan Petrov, who had fought alongside Marko Lis in the war.")
    assert ("Moldova", "COERCES", "Marko Lis") not in r.triples
    r = extract("Moldovan police arrested Ivan Petrov after he marched alongside Marko Lis.")
    assert ("Moldova", "COERCES", "Marko Lis") not in r.triples


def test_listing_itself_tells_the_detention(extract) -> None:
    r = extract("Moldova held elections in March. Among those detained were Ivan Petrov and Marko Lis.")
    assert ("Moldova", "COERCES", "Ivan Petrov") in r.triples
    assert ("Moldova", "COERCES", "Marko Lis") in r.triples
    r = extract("Moldova held elections in March. Among those charged was Ivan Petrov.")
    assert ("Moldova", "INVESTIGATES", "Ivan Petrov") in r.triples


def test_name_after_a_possessive_determiner_is_in_its_phrase(extract) -> None:
    r = extract("Moldova held elections. According to information gathered by our Monitoring Office, most of those "
                "arrested were taken from their homes at night.")
    assert ("Moldova", "COERCES", "Monitoring Office") not in r.triples
    r = extract("Moldova held elections. Several members of his Union for Change have been charged under "
                "anti-terrorism laws.")
    assert ("Moldova", "INVESTIGATES", "Union for Change") in r.triples
