"""Round 21: an inquiry into an act named by a noun ("opened an investigation into the deaths", "is investigating
the killings") investigates whoever carried out the act, as "investigating the raid" already did (relations: the
event reference of INVESTIGATES nouns with "into"; patterns.EVENT_NOUNS: killings, deaths, shootings)."""


def test_investigation_into_the_deaths(extract) -> None:
    r = extract("Chilean soldiers shot dead three farmers in a raid on Sunday. The Ombudsman's Office said it had "
                "opened an investigation into the deaths.")
    assert ("Ombudsman's Office", "INVESTIGATES", "Chile") in r.triples


def test_investigating_the_killings(extract) -> None:
    r = extract("Chilean soldiers shot dead three farmers in a raid on Sunday. The Ombudsman's Office said it was "
                "investigating the killings.")
    assert ("Ombudsman's Office", "INVESTIGATES", "Chile") in r.triples


def test_inquiry_into_a_named_party_is_unchanged(extract) -> None:
    r = extract("The Ombudsman's Office opened an inquiry into Andes Mining Corporation on Monday.")
    assert ("Ombudsman's Office", "INVESTIGATES", "Andes Mining Corporation") in r.triples
