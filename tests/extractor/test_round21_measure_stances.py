"""Round 21: a stance on a measure named with no article ("rejected new sanctions on X", "criticised sanctions on
X") or after a quoted verb ('said it "strongly protests" the ruling') is a stance on whoever took the measure, found
in discourse as for "rejected the measures" -- never on the measure's patient (stance_objects.act_ref)."""


def test_rejecting_bare_sanctions_on_a_patient(extract) -> None:
    r = extract("Canada imposed sanctions on three Peruvian mining firms on Friday. Peru rejected new sanctions "
                "on Peruvian companies.")
    assert ("Peru", "REJECTS", "Canada") in r.triples
    assert not any(t[1] == "REJECTS" and t[2] != "Canada" for t in r.triples)


def test_rejecting_any_further_sanctions(extract) -> None:
    r = extract("Canada imposed sanctions on three Peruvian mining firms on Friday. Lima said it rejected any "
                "further sanctions.")
    assert ("Peru", "REJECTS", "Canada") in r.triples


def test_backing_sanctions_on_a_state_is_no_support_of_it(extract) -> None:
    r = extract("Canada imposed sanctions on Venezuela on Friday. Colombia backs sanctions on Venezuela.")
    assert ("Colombia", "SUPPORTS", "Venezuela") not in r.triples


def test_criticising_sanctions_on_a_state_is_no_accusation_of_it(extract) -> None:
    r = extract("Canada imposed sanctions on Venezuela on Friday. Bolivia criticised sanctions on Venezuela.")
    assert ("Bolivia", "ACCUSES", "Venezuela") not in r.triples


def test_quoted_protest_verb_before_its_object(extract) -> None:
    r = extract("Canada imposed sanctions on three Peruvian mining firms on Friday. Peru's foreign ministry said "
                "it \"strongly protests\" the sanctions.")
    assert ("Peru", "PROTESTS", "Canada") in r.triples


def test_calls_for_sanctions_are_not_the_sanctions(extract) -> None:
    r = extract("Canada imposed sanctions on three Peruvian mining firms on Friday. Lima rejected calls for "
                "sanctions from Chilean lawmakers.")
    assert ("Peru", "REJECTS", "Canada") not in r.triples
