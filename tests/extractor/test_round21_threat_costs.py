"""Round 21: a threat told as the cost the target would bear ("warned that Peru could lose access to our ports if it
left the pact", "would pay a heavy price", "would face tariffs") or as a warned act without "that" ("warned it could
impose sanctions on X") -> the speaker THREATENS the target (events_threats, patterns.WARNED_THAT)."""


def test_loss_on_a_condition_the_target_meets(extract) -> None:
    r = extract("Chile's energy minister, Marta Quispe, warned that Bolivia could lose its discounted fuel if it "
                "joined the rival bloc.")
    assert ("Marta Quispe", "THREATENS", "Bolivia") in r.triples


def test_loss_without_a_party_condition_is_a_forecast(extract) -> None:
    r = extract("Marta Quispe, a Chilean banker, said Bolivia could lose its credit rating if the floods went on.")
    assert ("Marta Quispe", "THREATENS", "Bolivia") not in r.triples
    r = extract("Marta Quispe, a Chilean banker, warned that Bolivia could lose market share to cheaper suppliers.")
    assert ("Marta Quispe", "THREATENS", "Bolivia") not in r.triples


def test_paying_a_price(extract) -> None:
    r = extract("Marta Quispe warned on Friday that Bolivia would pay a steep price for the seizure.")
    assert ("Marta Quispe", "THREATENS", "Bolivia") in r.triples


def test_facing_tariffs_or_the_same_fate(extract) -> None:
    r = extract("Chile's trade minister Marta Quispe warned that Bolivian exporters would face punitive tariffs.")
    assert ("Marta Quispe", "THREATENS", "Bolivia") in r.triples  # (the exporters read as their state)
    r = extract("Marta Quispe said Bolivia would suffer the same fate.")
    assert ("Marta Quispe", "THREATENS", "Bolivia") in r.triples


def test_warned_act_without_that(extract) -> None:
    r = extract("Uruguay warned it could freeze the assets of Paraguay's state oil firm.")
    assert ("Uruguay", "THREATENS", "Paraguay") in r.triples
    r = extract("Uruguay has warned they would expel Paraguay's envoy over the affair.")
    assert ("Uruguay", "THREATENS", "Paraguay") in r.triples


def test_warning_of_an_unrelated_outcome_is_no_threat(extract) -> None:
    r = extract("The minister warned it could take years to mend ties with Paraguay.")
    assert not [t for t in r.triples if t[1] == "THREATENS"]
