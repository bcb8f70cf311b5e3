"""Round 21: a condition put on a party's own forces or government ("unless Uruguay's government agrees", "if the
Uruguayan army does not withdraw", "unless Uruguayan troops pull back") is a demand on that party and, with the
speaker's penalty, a threat to it (events_demands)."""


def test_unless_its_government_agrees(extract) -> None:
    r = extract("Paraguay said it would close the bridge unless Uruguay's government agreed to new tolls.")
    assert ("Paraguay", "THREATENS", "Uruguay") in r.triples
    assert ("Paraguay", "DEMANDS", "Uruguay") in r.triples


def test_if_its_army_does_not_withdraw(extract) -> None:
    r = extract("Paraguay's defence minister Luis Benitez warned that Paraguay would act wherever necessary if the "
                "Uruguayan army did not withdraw.")
    assert ("Luis Benitez", "THREATENS", "Uruguay") in r.triples


def test_if_its_government_fails_to_pay(extract) -> None:
    r = extract("Paraguay said it would take Uruguay to arbitration if Uruguay's government failed to pay.")
    assert ("Paraguay", "THREATENS", "Uruguay") in r.triples


def test_a_promise_on_the_condition_is_no_threat(extract) -> None:
    r = extract("Paraguay said it would reopen the bridge if Uruguay's government agreed to new tolls.")
    assert ("Paraguay", "THREATENS", "Uruguay") not in r.triples
