"""Round 21: fighting a party told with the verb "fight" and its object ("the militia fighting the Bolivian
government", "which fought a border war with Chile", "has fought for years to topple Bolivia's government",
"waged a war against Chile") -> ATTACKS (a war "with" each way); not a trade or legal war, not fighting a
charge or fighting alongside an army."""


def test_fighting_a_government(extract) -> None:
    r = extract("The Condor Front, an armed group fighting the Bolivian government, claimed the blast.")
    assert ("Condor Front", "ATTACKS", "Bolivia") in r.triples


def test_fought_a_war_with(extract) -> None:
    r = extract("Ecuador, which fought a short border war with Peru in 1995, sent troops to the frontier.")
    assert ("Ecuador", "ATTACKS", "Peru") in r.triples
    assert ("Peru", "ATTACKS", "Ecuador") in r.triples


def test_waged_a_war_against(extract) -> None:
    r = extract("The Condor Front waged a guerrilla war against Bolivia for a decade.")
    assert ("Condor Front", "ATTACKS", "Bolivia") in r.triples
    assert ("Bolivia", "ATTACKS", "Condor Front") not in r.triples


def test_fought_to_topple(extract) -> None:
    r = extract("The Condor Front, which has fought for nearly twenty years to overthrow Bolivia's government, "
                "lost ground this year.")
    assert ("Condor Front", "ATTACKS", "Bolivia") in r.triples


def test_trade_or_legal_war_is_no_attack(extract) -> None:
    r = extract("Ecuador is fighting a trade war with Peru over bananas.")
    assert ("Ecuador", "ATTACKS", "Peru") not in r.triples
    r = extract("Ecuador waged a long legal war against Peru over the fishing rights.")
    assert ("Ecuador", "ATTACKS", "Peru") not in r.triples


def test_fighting_alongside_or_a_charge_is_no_attack(extract) -> None:
    r = extract("Condor Front militias fighting alongside Bolivia's army retook the town.")
    assert ("Condor Front", "ATTACKS", "Bolivia") not in r.triples
    r = extract("Bolivia is fighting the army's budget cuts in parliament.")
    assert not [t for t in r.triples if t[1] == "ATTACKS"]
