"""Round 20: a clause opened by ", where" on a place has its own subject; a force noun inside it ("where clashes with
X killed dozens") takes no agent from the main clause before it. A pronoun opening the clause ("where they
clashed with X") still stands for the main subject, and a where-clause closed by a comma is skipped as before."""


def test_where_clause_noun_takes_no_main_subject(extract) -> None:
    r = extract("Moldovan officials say their patrols protect the villages of Cahul, where clashes with smugglers "
                "and Ukrainian border guards killed three people in May.")
    assert ("Moldova", "ATTACKS", "Ukraine") not in r.triples


def test_where_they_clashed_keeps_the_main_subject(extract) -> None:
    r = extract("Uruguay sent troops to the frontier, where they clashed with Brazilian forces.")
    assert ("Uruguay", "ATTACKS", "Brazil") in r.triples


def test_a_closed_where_clause_is_skipped(extract) -> None:
    r = extract("Austria and Norway, where two of the suspects live, said they had raised the case with Chinese "
                "officials.")
    assert ("Norway", "MEETS_WITH", "China") in r.triples
