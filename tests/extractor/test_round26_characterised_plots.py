"""Round 26: "X called the case 'political revenge' orchestrated by the prime minister" -> X ACCUSES the prime
minister, whose denial then answers X (characterised_plots)."""


def test_case_called_revenge_orchestrated_by_the_prime_minister(extract) -> None:
    r = extract("KUALA LUMPUR, March 13 - Prime Minister Hisham Rosli launched an anti-graft drive last year. "
                "Kamarul Yusof denied wrongdoing and called the case \"political revenge\" orchestrated by the prime "
                "minister. Hisham denied interfering in the case.")
    assert ("Kamarul Yusof", "ACCUSES", "Hisham Rosli") in r.triples
    assert ("Hisham Rosli", "DENIES", "Kamarul Yusof") in r.triples


def test_no_one_behind_it(extract) -> None:
    r = extract("LIMA, March 13 - The Patriotic Front called the festival a success organised by the Peruvian "
                "government.")
    assert ("Patriotic Front", "ACCUSES", "Peru") not in r.triples
    r = extract("LIMA, March 13 - The Patriotic Front called the attack a tragedy and said it was not orchestrated "
                "by the Peruvian government.")
    assert ("Patriotic Front", "ACCUSES", "Peru") not in r.triples
