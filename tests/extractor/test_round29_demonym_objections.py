"""Round 29: objections and proposals named by a demonym reject its state (collective.py)."""


def test_demonyms_objections_rejected(extract) -> None:
    """ "dismissed the Iranian objections" rejects Iran, as "the Ugandan demands" rejected Uganda."""
    r = extract("Azerbaijan dismissed the Iranian objections on Monday.")
    assert ("Azerbaijan", "REJECTS", "Iran") in r.triples
