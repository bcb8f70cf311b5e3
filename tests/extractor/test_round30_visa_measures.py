"""Round 30, visas taken away: revoking, cancelling or suspending someone's visas is SANCTIONS on them (a travel ban,
as the READMEs record it), also for a person or a body (no coercion of them); halting visa processing or cancelling
passports takes no one's visa. A reaction to "the sanctions" a minister announced answers the minister's state."""


def test_revoked_and_cancelled_visas_are_sanctions(extract) -> None:
    r = extract("Canada revoked the visas of Ana Duarte and Tomas Berg on Monday.")
    assert ("Canada", "SANCTIONS", "Ana Duarte") in r.triples
    assert ("Canada", "SANCTIONS", "Tomas Berg") in r.triples
    r = extract("Norway cancelled Ana Duarte's visa on Monday.")
    assert ("Norway", "SANCTIONS", "Ana Duarte") in r.triples


def test_suspended_visas_sanction_a_person_not_coerce_them(extract) -> None:
    r = extract("Canada said it was suspending visas for Ana Duarte.")
    assert ("Canada", "SANCTIONS", "Ana Duarte") in r.triples
    assert ("Canada", "COERCES", "Ana Duarte") not in r.triples


def test_no_visa_taken_is_no_sanction(extract) -> None:
    r = extract("Canada suspended visa processing at its embassy in Lima on Monday, citing threats against Ana Duarte.")
    assert ("Canada", "SANCTIONS", "Ana Duarte") not in r.triples
    r = extract("Canada cancelled the passports of six activists, including Ana Duarte.")
    assert ("Canada", "SANCTIONS", "Ana Duarte") not in r.triples


def test_sanctions_a_minister_announced_are_answered_as_the_states(extract) -> None:
    r = extract("Canadian Foreign Minister Mark Dalton revoked the visa of Peru's interior minister, Ana Duarte. "
                "Peru's president, Tomas Berg, called the sanctions an act of blackmail.")
    assert ("Mark Dalton", "SANCTIONS", "Ana Duarte") in r.triples
    assert ("Tomas Berg", "ACCUSES", "Canada") in r.triples
    assert ("Tomas Berg", "ACCUSES", "Mark Dalton") not in r.triples
