"""Round 30, dealings told in a ", whose" clause: the talks, sanctions or agreements it names are the state's or
body's it is about, as a possessive's would be, and so are the acts of its own envoys, ministers and officials; a
person's "whose country ..." stays no act of the person."""


def test_whose_talks_are_the_owners(extract) -> None:
    r = extract("The European Union, whose accession talks with Norway are expected to close next year, urged "
                "calm on Monday.")
    assert ("European Union", "NEGOTIATES_WITH", "Norway") in r.triples
    r = extract("Peru, whose sanctions on Chile took effect on Monday, said it was ready to talk.")
    assert ("Peru", "SANCTIONS", "Chile") in r.triples


def test_whose_envoy_acts_for_the_owner(extract) -> None:
    r = extract("Peru, whose envoy held talks with Chile in January, said it was ready to talk.")
    assert ("Peru", "NEGOTIATES_WITH", "Chile") in r.triples


def test_whose_clause_about_another_party_is_not_the_subjects(extract) -> None:
    r = extract("Peru urged Chile, whose talks with the Shining Path stalled in May, to resume them.")
    assert ("Peru", "NEGOTIATES_WITH", "Shining Path") not in r.triples
