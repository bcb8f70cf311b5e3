"""Round 31: the summoner takes the stance a summons is for; the maker of "the decision" is the one asked for more
of it, or to undo it."""


def test_summons_purpose_is_the_summoners_protest(extract) -> None:
    r = extract("Kuwait summoned Iraq's ambassador on Sunday to protest a ruling by the Federal Supreme Court.")
    assert {("Kuwait", "PROTESTS", "Iraq"), ("Kuwait", "PROTESTS", "Federal Supreme Court")} <= r.triples
    assert ("Iraq", "PROTESTS", "Federal Supreme Court") not in r.triples


def test_summons_to_lodge_a_protest_is_one_protest(extract) -> None:
    r = extract("India summoned Canada's ambassador, Helen Marsh, to lodge a formal protest.")
    assert ("India", "PROTESTS", "Canada") in r.triples
    assert not any(t[0] == "Helen Marsh" and t[1] == "PROTESTS" for t in r.triples)


def test_welcomed_decision_of_the_one_asked_for_more(extract) -> None:
    r = extract("Britain sanctioned two airlines on Monday. The European Union listed three shipping firms on "
                "Tuesday. Ukraine welcomed the decision and urged the EU to also target the airports.")
    assert ("Ukraine", "SUPPORTS", "European Union") in r.triples
    assert ("Ukraine", "SUPPORTS", "United Kingdom") not in r.triples


def test_welcomed_decision_without_a_further_ask_keeps_the_latest_act(extract) -> None:
    r = extract("Britain imposed sanctions on Iran on Monday. Ukraine welcomed the decision and urged the EU to "
                "follow suit.")
    assert ("Ukraine", "SUPPORTS", "United Kingdom") in r.triples


def test_condemned_decision_of_the_one_asked_to_undo_it(extract) -> None:
    r = extract("Kenya expelled two Ugandan diplomats on Monday. Tanzania closed its border with Uganda on Tuesday. "
                "Uganda condemned the decision and urged Nairobi to reverse it.")
    assert ("Uganda", "ACCUSES", "Kenya") in r.triples
    assert ("Uganda", "ACCUSES", "Tanzania") not in r.triples
