"""Round 18 (D): an appeal "called on them \"to ...\"" is a demand, not the branding "called X \"a ...\"" that accuses."""

from __future__ import annotations


def test_called_on_pronoun_with_quote_is_no_accusation(extract) -> None:
    r = extract('Peru accused Ecuador of piracy. The UN envoy, Rosa Lagos, said she had met both sides and called on '
                'them "to refrain from any step that could inflame the dispute".')
    assert not any(t[0] == "Rosa Lagos" and t[1] == "ACCUSES" for t in r.triples)


def test_branding_still_accuses(extract) -> None:
    r = extract('Peru called Ecuador "a pirate state" on Monday.')
    assert ("Peru", "ACCUSES", "Ecuador") in r.triples
