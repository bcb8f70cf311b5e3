"""Round 29: a denial with no accuser named answers the party its denier counter-accuses in the same sentence
(counter_accusations.py)."""

_DATELINE = "LIMA, May 6 (Wire) - "


def test_denial_answers_counter_accused(extract) -> None:
    r = extract(_DATELINE + "Kestrel Party co-leader Anna Berg denied any such contacts and accused Mark Ruiz of "
                "leaking fabricated files.")
    assert ("Anna Berg", "ACCUSES", "Mark Ruiz") in r.triples
    assert ("Anna Berg", "DENIES", "Mark Ruiz") in r.triples


def test_denial_then_characterisation(extract) -> None:
    r = extract(_DATELINE + "Ministry spokesman Daniel Pratt denied that any civilians had been killed and called "
                "Ivan Cruz \"an apologist for terrorists.\"")
    assert ("Daniel Pratt", "DENIES", "Ivan Cruz") in r.triples


def test_another_subject_after_but_is_not_answered(extract) -> None:
    r = extract(_DATELINE + "The Vela Front denied the report, but Senator Ines Robles accused the minister of lying.")
    assert ("Vela Front", "DENIES", "Ines Robles") not in r.triples
