"""Round 19: "named X, a commander; Y, whom it accused of ...": "it" stands for no person, so X does not accuse Y
(reported.relative_reports)."""


def test_whom_it_accused_is_not_the_listed_person(extract) -> None:
    r = extract("The Finance Ministry named Colonel Tomas Vidal, described as a militia paymaster; Major Ines Romero, "
                "whom it accused of running arms convoys; and Luis Pardo, a logistics officer.")
    assert ("Tomas Vidal", "ACCUSES", "Ines Romero") not in r.triples
    assert ("Finance Ministry", "ACCUSES", "Ines Romero") in r.triples


def test_firms_it_says_armed_the_group_still_accused_by_the_subject(extract) -> None:
    r = extract("Peru on Monday sanctioned the Andes Trading Company, which it says armed the Red Front.")
    assert ("Peru", "ACCUSES", "Andes Trading Company") in r.triples
