"""Round 15, a headline naming a person by post and country ("Ghana Sanctions Togolese Defence Minister"): the
title falls back to the country, but the body names the person, and the headline's relation is the body's
(with its day). Invented sentences."""

from __future__ import annotations


def test_a_headline_post_resolves_to_the_person_the_body_names(extract) -> None:
    for headline in ("Ghana Sanctions Togolese Defence Minister", "Ghana Sanctions Togo’s Defence Minister"):
        r = extract(f"{headline}\n\nGhana sanctioned Togo's defence minister, Kwame Sefa, on Monday.")
        assert ("Ghana", "SANCTIONS", "Togo") not in r.triples, headline
        heads = [x for x in r.extraction.relations if x.evidence.locator == "title" or x.evidence.start == 0]
        assert heads and all(r.name_of(x.target) == "Kwame Sefa" and x.date is not None for x in heads), headline
    r = extract("Ghana Sanctions Togo Over Border Clash\n\nGhana sanctioned Togo on Monday. Ghana also sanctioned "
                "Togo's defence minister, Kwame Sefa.")  # the body tells the headline's own relation: it stays
    assert ("Ghana", "SANCTIONS", "Togo") in r.triples and ("Ghana", "SANCTIONS", "Kwame Sefa") in r.triples


def test_a_headline_meeting_with_a_post_is_the_bodys_meeting(extract) -> None:
    r = extract("Sefa Meets Togolese President in Accra\n\nForeign Minister Kwame Sefa met Togo's President "
                "Ama Boateng on Monday.")
    assert ("Kwame Sefa", "MEETS_WITH", "Togo") not in r.triples
    assert ("Kwame Sefa", "MEETS_WITH", "Ama Boateng") in r.triples

