"""Round 20: a simple-past verb after "and" that closes a that-clause in a tense of its own is the matrix subject's
("X denied that Y had attacked anyone and accused Z" -> X accuses Z, not Y); without an auxiliary in the clause the
conjunct stays ambiguous and keeps the old reading."""


def test_denied_that_then_accused(extract) -> None:
    r = extract("Tomas Irala denied that the Riverine Front had attacked anyone and accused Paraguay of lying.")
    assert ("Tomas Irala", "ACCUSES", "Paraguay") in r.triples
    assert ("Riverine Front", "ACCUSES", "Paraguay") not in r.triples


def test_said_that_then_accused(extract) -> None:
    r = extract("Tomas Irala said that Uruguay had never attacked its neighbours and accused Paraguay of lying.")
    assert ("Tomas Irala", "ACCUSES", "Paraguay") in r.triples
    assert ("Uruguay", "ACCUSES", "Paraguay") not in r.triples


def test_a_new_subject_after_and_keeps_its_verb(extract) -> None:
    r = extract("Uruguay said that Paraguay had closed the border and Brazil sanctioned Paraguay.")
    assert ("Brazil", "SANCTIONS", "Paraguay") in r.triples
