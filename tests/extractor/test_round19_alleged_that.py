"""Round 19: a charge told as a reported clause ("X alleged that Y paid the judges", "prosecutors allege that
Y ...", "have long alleged that Y ...") is an accusation of Y even when no hostile act is named in the clause;
the verb itself imputes the wrong (reported.reported_accusations)."""


def test_alleged_that_accuses_the_clause_subject(extract) -> None:
    r = extract("Bolivia alleged on Tuesday that Paraguay had paid the referees.")
    assert ("Bolivia", "ACCUSES", "Paraguay") in r.triples


def test_present_plural_allege_with_adverb(extract) -> None:
    r = extract("Uruguayan officials have long alleged that Argentina hides the cartel's bosses.")
    assert ("Uruguay", "ACCUSES", "Argentina") in r.triples


def test_prosecutors_allege_named_person(extract) -> None:
    r = extract("Ecuadorian prosecutors allege that Ramiro Salcedo, a former port manager, accepted gifts from shippers.")
    assert ("Ecuador", "ACCUSES", "Ramiro Salcedo") in r.triples


def test_charged_that(extract) -> None:
    r = extract("The Venezuelan government charged that Colombia had hosted the plotters.")
    assert ("Venezuela", "ACCUSES", "Colombia") in r.triples


def test_alleged_of_a_persons_party_does_not_accuse_the_person(extract) -> None:
    r = extract("Ecuadorian prosecutors allege that Ramiro Salcedo's movement, Patria Nueva, received foreign money.")
    assert ("Ecuador", "ACCUSES", "Ramiro Salcedo") not in r.triples


def test_alleged_that_negated_is_no_accusation(extract) -> None:
    r = extract("Bolivia alleged that Paraguay had not paid its share.")
    assert ("Bolivia", "ACCUSES", "Paraguay") not in r.triples


def test_claimed_that_without_a_wrong_is_no_accusation(extract) -> None:
    r = extract("Bolivia claimed that Paraguay had won the vote.")
    assert ("Bolivia", "ACCUSES", "Paraguay") not in r.triples
