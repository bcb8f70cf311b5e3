"""Round 18: a participial adjunct (", accusing Y of ...") closing the second of two joined clauses ("A detained
X, and B seized Z, accusing ...") is made by that clause's subject B, not the sentence's first name
(events_speech.participle_agent)."""


def test_the_accusation_is_by_the_second_clause_s_subject(extract) -> None:
    r = extract("Peruvian police detained two tankers, and Chile's navy seized a ship in May, accusing Bolivia of "
                "smuggling.")
    assert ("Chile", "ACCUSES", "Bolivia") in r.triples
    assert ("Peru", "ACCUSES", "Bolivia") not in r.triples


def test_an_unnamed_accused_gives_no_accusation_by_the_first_clause(extract) -> None:
    r = extract("In 2024 Peruvian police detained a handful of tankers, and Chile's coast guard seized a tanker in "
                "2023, accusing it of smuggling fuel.")
    assert ("Peru", "ACCUSES", "Chile") not in r.triples


def test_one_clause_still_gives_its_subject(extract) -> None:
    r = extract("Peru expelled two diplomats on Monday, accusing Chile of spying.")
    assert ("Peru", "ACCUSES", "Chile") in r.triples
