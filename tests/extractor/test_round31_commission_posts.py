"""Round 31: a portfolio commissioner ("Justice Commissioner X") in a story that names the European Commission
holds a post in it (commission_posts.py); a police commissioner, or one in a story without the Commission, not."""

_LEAD = "BRUSSELS, May 3 (Wire) - The European Commission opened proceedings against Hungary on Monday.\n\n"


def test_portfolio_commissioner(extract) -> None:
    r = extract(_LEAD + "Trade Commissioner Anna Berg said the measures were disproportionate.")
    assert ("Anna Berg", "HOLDS_POSITION", "European Commission") in r.triples


def test_police_commissioner_is_not_the_commissions(extract) -> None:
    r = extract(_LEAD + "Police Commissioner Anna Berg said officers had been deployed.")
    assert ("Anna Berg", "HOLDS_POSITION", "European Commission") not in r.triples


def test_no_commission_in_the_story(extract) -> None:
    r = extract("BUDAPEST, May 3 (Wire) - Hungary passed the law on Monday.\n\nTrade Commissioner Anna Berg said "
                "the measures were disproportionate.")
    assert not any(t[2] == "European Commission" for t in r.triples)
