"""Round 18 (G): "Its chief executive, X" after a sentence whose subject carries a hyphenated modifier
("Bergen-listed X said ...", "The state-owned X said ...") is that subject's, not the body the sentence named last."""

from __future__ import annotations


def test_listed_firm_keeps_its_chief(extract) -> None:
    r = extract("Bergen-listed Vardo Shipping said it had filed a complaint at the Permanent Court of Arbitration. "
                "Its chief executive, Pavel Dvorak, said the company had negotiated in good faith.")
    assert ("Pavel Dvorak", "LEADS", "Vardo Shipping") in r.triples
    assert ("Pavel Dvorak", "LEADS", "Permanent Court of Arbitration") not in r.triples


def test_state_owned_firm_keeps_its_chairman(extract) -> None:
    r = extract("The state-owned Vardo Shipping said it had lodged a complaint with the Nordic Council. "
                "Its chairman, Pavel Dvorak, said the firm was open to talks.")
    assert ("Pavel Dvorak", "LEADS", "Vardo Shipping") in r.triples
    assert ("Pavel Dvorak", "LEADS", "Nordic Council") not in r.triples
