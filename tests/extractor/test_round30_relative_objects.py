"""Round 30 (C): the antecedent of "whom <unnamed> charged" is charged, not the charger; a name in "according to
its chair, X" is the source, not the object of the verb before it."""


def test_whom_clause_with_an_unnamed_subject(extract) -> None:
    r = extract("Moldova held elections. Police detained Igor Belyaev, whom prosecutors later charged with spying for "
                "the Free Valley Front.")
    assert ("Igor Belyaev", "INVESTIGATES", "Free Valley Front") not in r.triples
    assert ("Moldova", "COERCES", "Igor Belyaev") in r.triples


def test_whom_clause_with_a_named_subject(extract) -> None:
    r = extract("Igor Belyaev, whom Moldova charged with spying, denied the accusation.")
    assert ("Moldova", "INVESTIGATES", "Igor Belyaev") in r.triples


def test_according_to_names_no_object(extract) -> None:
    r = extract("The Anti-Corruption Bureau is investigating the deal, according to its director, Helene Marchetti.")
    assert ("Anti-Corruption Bureau", "INVESTIGATES", "Helene Marchetti") not in r.triples
    assert ("Helene Marchetti", "LEADS", "Anti-Corruption Bureau") in r.triples


def test_person_summoned_to_explain_is_investigated(extract) -> None:
    r = extract("The National Bureau of Investigation on Tuesday summoned Vice-President Ana Cruz to explain remarks "
                "she made on Saturday.")
    assert ("National Bureau of Investigation", "INVESTIGATES", "Ana Cruz") in r.triples
    assert ("National Bureau of Investigation", "PROTESTS", "Ana Cruz") not in r.triples


def test_envoy_summoned_to_explain_is_a_protest(extract) -> None:
    r = extract("The Moldovan foreign ministry summoned the Russian ambassador to explain the remarks.")
    assert ("Moldova", "PROTESTS", "Russia") in r.triples
    assert ("Moldova", "INVESTIGATES", "Russia") not in r.triples
