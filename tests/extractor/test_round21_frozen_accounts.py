"""Round 21: a freeze on bank accounts, funds or property is a sanction as one on assets is (triggers.yaml
``frozen_holdings``), but not on the holder's relatives' accounts; and a group listed after a relative clause on it
("14 firms it accused of hoarding dollars, including X") names X too (arguments._INCLUDING)."""


def test_froze_bank_accounts_of(extract) -> None:
    r = extract("Chile's central bank froze the bank accounts of Meridian Holdings on Monday.")
    assert ("Chile", "SANCTIONS", "Meridian Holdings") in r.triples


def test_would_freeze_possessed_accounts(extract) -> None:
    r = extract("Peru said it would freeze Meridian Holdings' local accounts.")
    assert ("Peru", "SANCTIONS", "Meridian Holdings") in r.triples


def test_froze_the_funds_of(extract) -> None:
    r = extract("Norway froze the funds of Tomas Velikov last week.")
    assert ("Norway", "SANCTIONS", "Tomas Velikov") in r.triples


def test_relatives_accounts_are_not_the_persons(extract) -> None:
    r = extract("Norway froze the bank accounts of relatives of Tomas Velikov.")
    assert ("Norway", "SANCTIONS", "Tomas Velikov") not in r.triples


def test_frozen_funding_is_no_sanction(extract) -> None:
    r = extract("Norway froze funding for Meridian Holdings.")
    assert ("Norway", "SANCTIONS", "Meridian Holdings") not in r.triples


def test_including_after_a_relative_clause(extract) -> None:
    r = extract("Chile froze the accounts of 14 companies it accused of hoarding dollars, including Meridian Holdings.")
    assert ("Chile", "SANCTIONS", "Meridian Holdings") in r.triples
