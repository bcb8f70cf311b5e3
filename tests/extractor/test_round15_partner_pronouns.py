"""Round 15, anaphora across sentences: the other party of a dealing written short — "held talks with it",
"signed a deal with it", "called on the country to", "denied the country's claims"."""

from __future__ import annotations


def test_talks_or_a_deal_with_it_is_the_body_named_before(extract) -> None:
    r = extract("The Ogaden Patriotic Front overran a police post near the Kenyan border on Sunday. "
                "Ethiopia held talks with it on Tuesday.")
    assert ("Ethiopia", "NEGOTIATES_WITH", "Ogaden Patriotic Front") in r.triples
    r = extract("Ghana said Togo had signed a deal with it.")
    assert ("Togo", "AGREES_WITH", "Ghana") in r.triples or ("Ghana", "AGREES_WITH", "Togo") in r.triples


def test_the_country_after_called_on_talks_with_or_before_denied_claims(extract) -> None:
    ctx = "Ghana closed its eastern border with Togo on Sunday. "
    assert ("Nigeria", "DEMANDS", "Ghana") in extract(ctx + "Nigeria called on the country to reopen it.").triples
    assert ("Nigeria", "NEGOTIATES_WITH", "Ghana") in extract(ctx + "Nigeria held talks with the country.").triples
    assert ("Nigeria", "DENIES", "Ghana") in extract(ctx + "Nigeria denied the country's claims.").triples
