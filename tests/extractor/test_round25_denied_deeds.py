"""Round 25: a denial told as a deed the accused says they never did ("X said he had never paid anyone") -> X DENIES
whoever last claimed the wrong (deed_denials); not a thought, plan or wrong suffered, nor a speaker no one accused."""


def test_said_never_did_it(extract) -> None:
    r = extract("Peru accused Juan Soto of bribing judges on Monday. Soto said in a statement that he had never "
                "paid anyone.")
    assert ("Juan Soto", "DENIES", "Peru") in r.triples


def test_denied_link_and_company_speaker(extract) -> None:
    r = extract("Peru accused Andean Mining of bribing judges. Andean Mining said it had no links to the judges.")
    assert ("Andean Mining", "DENIES", "Peru") in r.triples
    r = extract("Peruvian prosecutors charged Ana Ruiz with bribing judges. Ruiz told reporters she had done "
                "nothing wrong.")
    assert ("Ana Ruiz", "DENIES", "Peru") in r.triples


def test_latest_claim_is_answered(extract) -> None:
    r = extract("The United States sanctioned Juan Soto on Monday. The Treasury Department said Soto had secretly "
                "bribed judges. Soto said he had never paid anyone.")
    assert ("Juan Soto", "DENIES", "Treasury Department") in r.triples
    assert ("Juan Soto", "DENIES", "United States") not in r.triples


def test_thought_plan_or_wrong_suffered(extract) -> None:
    for clause in ("he did not expect the case to go to trial", "he would not resign",
                   "he had no plans to leave the country", "he had not been told of the charges"):
        r = extract(f"Peru accused Juan Soto of bribing judges. Soto said {clause}.")
        assert ("Juan Soto", "DENIES", "Peru") not in r.triples, clause


def test_no_accusation_no_denial(extract) -> None:
    r = extract("Peru and Chile met on Monday. Juan Soto said he had never visited Lima.")
    assert not any(t[1] == "DENIES" for t in r.triples)
