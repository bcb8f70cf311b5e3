"""Round 20: a bare "President X" is not guessed to lead the state that accuses X or acts on "the government of
President X" (affiliation_checks.drop_contradicted_affiliations): in a story about Peru, "Chile accused the
government of President Ana Ruiz of ..." is Chile accusing her, not her leading Chile."""


def test_accusing_the_government_of_a_president(extract) -> None:
    r = extract("Peru's spy chief said Chilean money was flowing to Peruvian parties. Chile has denied meddling "
                "and accused the government of President Ana Ruiz of persecuting the opposition.")
    assert ("Ana Ruiz", "LEADS", "Chile") not in r.triples
    assert ("Chile", "ACCUSES", "Peru") in r.triples  # the government she leads, which the story names
    assert ("Ana Ruiz", "LEADS", "Peru") in r.triples


def test_accusing_a_president_directly(extract) -> None:
    r = extract("Peru's spy chief said Chilean money was flowing to Peruvian parties. Santiago has accused "
                "President Ana Ruiz of staging the arrests.")
    assert ("Ana Ruiz", "LEADS", "Chile") not in r.triples
    assert ("Chile", "ACCUSES", "Ana Ruiz") in r.triples


def test_sanctioning_the_government_of_a_president(extract) -> None:
    r = extract("Chile on Monday sanctioned the government of President Ana Ruiz over the border dispute.")
    assert ("Ana Ruiz", "LEADS", "Chile") not in r.triples


def test_own_state_praising_its_president_keeps_the_guess(extract) -> None:
    r = extract("Chile's economy grew by 3 percent last year. President Ana Ruiz said on Monday that Chile would "
                "cut taxes.")
    assert ("Ana Ruiz", "LEADS", "Chile") in r.triples
