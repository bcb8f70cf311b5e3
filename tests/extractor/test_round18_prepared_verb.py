"""Round 18: "as he prepared to fly home" is the verb prepare, not a declared readiness (readiness_offers.py)."""


def test_the_verb_prepared_to_makes_no_offer(extract) -> None:
    r = extract("Ana Ortiz was stopped at the airport as she prepared to fly home from Lima.")
    assert not any(t[1] == "OFFERS" for t in r.triples)
    r = extract("The Dutch envoy prepared to leave Caracas on Monday.")
    assert not any(t[1] == "OFFERS" for t in r.triples)


def test_prepared_after_a_copula_is_still_an_offer(extract) -> None:
    r = extract("Ghana said it stood prepared to supply power to Togo.")
    assert ("Ghana", "OFFERS", "Togo") in r.triples
    r = extract("Kabul said it was fully prepared to set up a joint water commission with Tashkent.")
    assert ("Afghanistan", "OFFERS", "Uzbekistan") in r.triples
