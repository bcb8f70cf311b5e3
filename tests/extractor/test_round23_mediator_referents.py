"""Round 23: a mediator beside talks is no partner of them ("held talks in Geneva with Brazil as mediator"), so "the
two governments" after them are the two who talked; a third party's offer with nobody named, right after its offer
to mediate between two sides, goes to those two again (not to a rebel group named in between)."""


def test_mediator_is_no_partner(extract) -> None:
    r = extract("Peru and Ecuador held talks in Geneva, with Brazil as mediator. The two governments agreed to reopen "
                "the border.")
    assert ("Peru", "AGREES_WITH", "Ecuador") in r.triples
    assert not [t for t in r.triples if "Brazil" in (t[0], t[2]) and t[1] in ("AGREES_WITH", "NEGOTIATES_WITH")]


def test_renewed_offer_goes_to_the_same_sides(extract) -> None:
    r = extract("Kenya and Somalia recalled their ambassadors after a border clash. The African Union offered to "
                "mediate between the two capitals. The Northern Liberation Front, a rebel group, attacked Somali "
                "troops near the border on Saturday. A senior official said the African Union was ready to host "
                "talks at any level.")
    assert ("African Union", "OFFERS", "Northern Liberation Front") not in r.triples
    assert ("African Union", "OFFERS", "Kenya") in r.triples


def test_two_neighbours_accuse_each_other(extract) -> None:
    r = extract("India and Pakistan agreed to a ceasefire on Saturday. The two neighbours accused each other of "
                "violating it hours later.")
    assert ("India", "ACCUSES", "Pakistan") in r.triples
    assert ("Pakistan", "ACCUSES", "India") in r.triples
