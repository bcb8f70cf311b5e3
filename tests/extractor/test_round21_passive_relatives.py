"""Round 21: a relative clause in the passive ("X, who is wanted in Y", "X, which was sanctioned by Y") has the name
it follows as its subject even inside a prepositional phrase ("the extradition of X, who ..."), as the active one
("ties with X, which has supplied ...") does (arguments._RELATIVE_SUBJECT): not the main clause's subject."""


def test_wanted_after_an_of_phrase(extract) -> None:
    r = extract("Peru suspended the extradition of Tomas Velikov, who is wanted in Chile on fraud charges.")
    assert ("Chile", "INVESTIGATES", "Tomas Velikov") in r.triples


def test_sanctioned_by_after_an_of_phrase(extract) -> None:
    r = extract("Peru raised the case of Meridian Holdings, which was sanctioned by Chile last year.")
    assert ("Chile", "SANCTIONS", "Meridian Holdings") in r.triples
    assert ("Chile", "SANCTIONS", "Peru") not in r.triples


def test_arrested_by_after_an_of_phrase(extract) -> None:
    r = extract("Peru criticised the trial of Tomas Velikov, who was arrested by Chilean police in May.")
    assert ("Chile", "COERCES", "Tomas Velikov") in r.triples
    assert ("Chile", "COERCES", "Peru") not in r.triples
