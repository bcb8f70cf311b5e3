"""Status and attribution: hedges, denials, hypotheticals, negation, "according to"."""

from __future__ import annotations


def test_allegedly_and_accused_of_make_alleged(extract) -> None:
    r = extract("Serbia allegedly supplied drones to the Drina Volunteer Corps. "
                "Croatia accused Hungary of funding the Zagreb Patriotic Union.")
    assert r.rel("Serbia", "AIDS", "Drina Volunteer Corps").status == "alleged"
    assert r.rel("Croatia", "ACCUSES", "Hungary").status == "asserted"
    assert r.rel("Hungary", "AIDS", "Zagreb Patriotic Union").status == "alleged"


def test_reportedly_makes_reported(extract) -> None:
    r = extract("Qatar reportedly offered Sudan a loan.")
    assert r.rel("Qatar", "OFFERS", "Sudan").status == "reported"


def test_attribution_to_an_outlet(extract) -> None:
    r = extract("According to reports from Kaleva Press, Finland has deployed troops against Russia.")
    rel = r.rel("Finland", "MOBILIZES_AGAINST", "Russia")
    assert rel.status == "reported"
    assert r.name_of(rel.attributed_to) == "Kaleva Press"
    assert r.kinds["Kaleva Press"] == "Organization"


def test_attribution_to_unknown_single_word_outlet(extract) -> None:
    r = extract("Sweden sanctioned Iran, according to Dagbladet.")
    rel = r.rel("Sweden", "SANCTIONS", "Iran")
    assert r.name_of(rel.attributed_to) == "Dagbladet"


def test_modal_makes_hypothetical(extract) -> None:
    r = extract("Vietnam may hold talks with Cambodia next month.")
    assert r.rel("Vietnam", "NEGOTIATES_WITH", "Cambodia").status == "hypothetical"


def test_negation(extract) -> None:
    r = extract("Norway did not sanction Venezuela last year.")
    assert r.rel("Norway", "SANCTIONS", "Venezuela").status == "negated"


def test_denied_claim_is_marked_denied(extract) -> None:
    r = extract("Israel accused Iran of arming the Hills Resistance Front. Iran denied arming the Hills Resistance Front.")
    statuses = {x.status for x in r.extraction.relations if x.type == "AIDS"}
    assert "denied" in statuses
    assert ("Iran", "DENIES", "Israel") in r.triples


def test_confidence_reflects_directness(extract) -> None:
    r = extract("Belgium imposed sanctions on the Antwerp Diamond Syndicate. "
                "The sanctions on the Liege Arms Cooperative were extended.")
    direct = r.rel("Belgium", "SANCTIONS", "Antwerp Diamond Syndicate")
    implicit = r.rel("Belgium", "SANCTIONS", "Liege Arms Cooperative")
    assert direct.confidence > implicit.confidence


def test_reported_speech_is_attributed_to_the_speaker(extract) -> None:
    r = extract("The Pakistani foreign ministry said the Taliban had sheltered the Lashkar Front. "
                "Greece claimed Turkey attacked the Aegean Fishing Cooperative.")
    sheltered = r.rel("Taliban", "AIDS", "Lashkar Front")
    assert r.name_of(sheltered.attributed_to) == "Pakistan"
    claimed = r.rel("Turkey", "ATTACKS", "Aegean Fishing Cooperative")
    assert claimed.status == "alleged" and r.name_of(claimed.attributed_to) == "Greece"
