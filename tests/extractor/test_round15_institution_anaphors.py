"""Round 15, anaphora across sentences: "the bank", "the ministry" named earlier and followed by an irregular past
verb ("held", "met", "sent") refer back as they do before a regular one ("approved")."""

from __future__ import annotations


def test_the_bank_before_an_irregular_past_verb_is_the_bank_named_earlier(extract) -> None:
    r = extract("The Caspian Reconstruction Bank opened an office in Baku on Sunday. "
                "The bank held talks with Georgia on Tuesday.")
    assert ("Caspian Reconstruction Bank", "NEGOTIATES_WITH", "Georgia") in r.triples


def test_the_ministry_before_met_is_the_ministry_named_earlier(extract) -> None:
    r = extract("Ghana's Ministry of Fisheries banned trawling near Tema on Friday. "
                "The ministry met Togo's fisheries delegation and held talks with Togo on Monday.")
    assert ("Ministry of Fisheries", "NEGOTIATES_WITH", "Togo") in r.triples
