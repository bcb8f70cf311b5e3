"""Round 19: a rebuttal that turns a charge on another party ("X dismissed the complaint, saying Y had failed to
...", "rejected the criticism, saying Y was trying to interfere") accuses that party
(reported.rebuttal_accusations); not the speaker's own state, a negated or modal clause, or a clause with no wrong."""


def test_dismissed_complaint_saying_other_failed(extract) -> None:
    r = extract("Greek Defence Minister Nikos Pappas dismissed the Turkish complaint, saying Ankara had failed for years "
                "to stop the smugglers.")
    assert ("Nikos Pappas", "ACCUSES", "Turkey") in r.triples


def test_rejected_criticism_saying_other_interferes(extract) -> None:
    r = extract("Serbian government spokeswoman Ana Petrovic rejected the criticism, saying Brussels was trying to "
                "meddle in Serbia's affairs.")
    assert ("Ana Petrovic", "ACCUSES", "European Union") in r.triples


def test_own_state_in_the_rebuttal_is_not_accused(extract) -> None:
    r = extract("Greek Foreign Minister Eleni Kosta rejected the charge, saying Greece had failed no one.")
    assert ("Eleni Kosta", "ACCUSES", "Greece") not in r.triples


def test_modal_clause_is_no_accusation(extract) -> None:
    r = extract("Greece rejected the claims, saying Turkey would try to block the talks.")
    assert ("Greece", "ACCUSES", "Turkey") not in r.triples


def test_clause_without_a_wrong_is_no_accusation(extract) -> None:
    r = extract("Greece rejected the claims, saying Turkey had agreed to the talks.")
    assert ("Greece", "ACCUSES", "Turkey") not in r.triples
