"""Round 21: a detention told with a passive "held" and where or how the person is kept ("has been held in custody
since", "was being held at a military prison", "who has been held without charge") -> the acting state COERCES
them (implicit agent); not "talks were held in Lima", "was held responsible", "held hostage by" a named captor."""


def test_held_in_custody(extract) -> None:
    r = extract("Bolivian police said on Friday that the activist Rosa Mamani has been held in custody since May.")
    assert ("Bolivia", "COERCES", "Rosa Mamani") in r.triples


def test_being_held_at_a_prison(extract) -> None:
    r = extract("Bolivia's ombudsman said the activist Rosa Mamani was being held at a military prison near Oruro.")
    assert ("Bolivia", "COERCES", "Rosa Mamani") in r.triples


def test_held_without_charge_in_a_relative_clause(extract) -> None:
    r = extract("Rosa Mamani, who has been held without charge since May, began a hunger strike, Bolivia's "
                "ombudsman said.")
    assert ("Bolivia", "COERCES", "Rosa Mamani") in r.triples


def test_held_talks_or_blame_is_no_detention(extract) -> None:
    r = extract("Talks with Paraguay were held in Sucre on Monday, Bolivia said.")
    assert not [t for t in r.triples if t[1] == "COERCES"]
    r = extract("Rosa Mamani was held responsible for the losses by Bolivia's audit court.")
    assert not [t for t in r.triples if t[1] == "COERCES"]
    r = extract("Weekly meetings with Paraguay have been held since the seizure, Bolivia said.")
    assert not [t for t in r.triples if t[1] == "COERCES"]
