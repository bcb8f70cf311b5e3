"""Round 19: a participle closing a clause ("Chile arrested X on Monday, accusing him of ...", "indicted X last
year, accusing him of ...", "opened a case against X, accusing him of ...") accuses the person the clause's verb
took as its object (events_chain.inherited_targets); not when the agent is a bare "police"/"prosecutors", whose
state the story only guesses."""


def test_arrested_then_accusing_him(extract) -> None:
    r = extract("Uruguay arrested Diego Ferraz on Monday, accusing him of spying for a foreign power.")
    assert ("Uruguay", "ACCUSES", "Diego Ferraz") in r.triples


def test_indicted_then_accusing_him(extract) -> None:
    r = extract("Uruguayan prosecutors indicted Diego Ferraz last year, accusing him of taking bribes.")
    assert ("Uruguay", "ACCUSES", "Diego Ferraz") in r.triples


def test_case_against_an_apposed_officer(extract) -> None:
    r = extract("Uruguay's prosecutors said they had opened a criminal case against an Argentine officer, Col. "
                "Diego Ferraz, accusing him in absentia of ordering raids.")
    assert ("Uruguay", "ACCUSES", "Diego Ferraz") in r.triples


def test_accusing_her_after_a_meeting_of_another_subject_does_not_cross_clauses(extract) -> None:
    r = extract("Uruguay arrested Diego Ferraz on Monday; Argentina later freed him, accusing her of lying.")
    assert ("Uruguay", "ACCUSES", "Diego Ferraz") not in r.triples
