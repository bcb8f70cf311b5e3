"""Round 26: the accuser behind a clause that only describes it ("The Front, led by X, met and accused Y", "The
party, to which X belongs, accused Y") and the person "he" stands for in "Z, whom he accused of ..."."""


def test_reduced_relative_does_not_lend_its_agent_to_a_later_verb(extract) -> None:
    r = extract("LIMA, March 13 - The Patriotic Front, led by Ana Ruiz, met on Monday and accused Peru of "
                "staging a coup.")
    assert ("Patriotic Front", "ACCUSES", "Peru") in r.triples
    assert ("Ana Ruiz", "ACCUSES", "Patriotic Front") not in r.triples
    assert ("Ana Ruiz", "LEADS", "Patriotic Front") in r.triples


def test_passive_conjunct_still_shared_without_a_reduced_relative(extract) -> None:
    r = extract("LIMA, March 13 - Ana Ruiz was arrested by Peruvian police on Monday, and charged with treason.")
    assert ("Peru", "COERCES", "Ana Ruiz") in r.triples
    assert ("Peru", "INVESTIGATES", "Ana Ruiz") in r.triples


def test_relative_opened_by_a_preposition_is_not_the_subject(extract) -> None:
    r = extract("LIMA, March 13 - The opposition Labour Party, to which Tomas Ibarra belongs, accused Peru of "
                "staging a coup.")
    assert ("Labour Party", "ACCUSES", "Peru") in r.triples
    assert ("Tomas Ibarra", "ACCUSES", "Peru") not in r.triples


def test_whom_he_accused(extract) -> None:
    r = extract("CARACAS, March 13 - Attorney General Hermes Rangel spoke on Monday. He said prosecutors had "
                "requested a warrant for exiled politician Leonardo Salcedo, whom he accused of coordinating the plot.")
    assert ("Hermes Rangel", "ACCUSES", "Leonardo Salcedo") in r.triples
    r = extract("CARACAS, March 13 - Attorney General Hermes Rangel spoke on Monday. He said he had met "
                "Leonardo Salcedo, whom he appointed last year.")
    assert ("Hermes Rangel", "ACCUSES", "Leonardo Salcedo") not in r.triples
