"""Round 28, offered meetings: readiness to meet someone or to hold talks with them is an offer to them."""


def test_willing_to_meet_is_an_offer(extract) -> None:
    r = extract("President Karl Mertens said on Monday he was willing to meet Tomas Berg but would not accept "
                "conditions set in the street.")
    assert ("Karl Mertens", "OFFERS", "Tomas Berg") in r.triples


def test_ready_to_hold_talks_offers_the_party_before_but(extract) -> None:
    r = extract("The Peruvian government said it was ready to hold talks with the Shining Path but not with "
                "Abimael Guzman himself.")
    assert ("Peru", "OFFERS", "Shining Path") in r.triples
    assert ("Peru", "OFFERS", "Abimael Guzman") not in r.triples


def test_readiness_denied_or_supposed_is_no_offer(extract) -> None:
    for wording in ("was not ready to hold talks with", "would be willing to meet"):
        r = extract(f"President Karl Mertens said he {wording} Tomas Berg in Lima.")
        assert ("Karl Mertens", "OFFERS", "Tomas Berg") not in r.triples, wording


def test_readiness_to_negotiate_is_no_offer(extract) -> None:
    r = extract("The rebel leader, Tomas Berg, said his movement was ready to negotiate with Chile.")
    assert ("Tomas Berg", "OFFERS", "Chile") not in r.triples
