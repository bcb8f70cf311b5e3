"""Round 14 (actors): which organisation a short form names. A body named inside its organ's name is not that
organ's short form ("the Southern Ocean Union" against "the Southern Ocean Union Commission" or "the Council of
the Southern Ocean Union"); initials before a title are the body's ("SOCO Secretary-General X"); the initials of
a party's bracketed qualifier name the party ("RSF" for "... (Revolutionary Socialist Front)"); "the bloc" is the
union itself, not its council."""

from __future__ import annotations


def test_body_and_its_commission_are_two_actors(extract):
    r = extract("The Southern Ocean Union Commission called on Chile and Peru to show restraint. "
                "Its chairman, Arturo Vidal Roca, said on Monday that the Southern Ocean Union would send observers.")
    assert r.kinds.get("Southern Ocean Union Commission") == "Organization"
    assert r.kinds.get("Southern Ocean Union") == "Organization"


def test_council_of_the_union_is_not_the_union(extract):
    r = extract("The Council of the Southern Ocean Union adopted the measure on Monday. "
                "Chile accused the Southern Ocean Union of bowing to pressure.")
    assert ("Chile", "ACCUSES", "Southern Ocean Union") in r.triples
    assert r.kinds.get("Council of the Southern Ocean Union") == "Organization"


def test_bloc_is_the_union_not_its_council(extract):
    r = extract("The Southern Ocean Union suspended talks with Chile on Monday, in a decision adopted by the "
                "Council of the Southern Ocean Union. The bloc's foreign policy chief, Helga Moberg, said the "
                "measure was temporary.")
    assert ("Helga Moberg", "HOLDS_POSITION", "Southern Ocean Union") in r.triples


def test_initials_before_a_title_are_the_bodys(extract):
    r = extract("Tonga notified the Southern Ocean Cooperation Organisation of its withdrawal. The letter was "
                "addressed to SOCO Secretary-General Ermek Saparov.")
    assert ("Ermek Saparov", "LEADS", "Southern Ocean Cooperation Organisation") in r.triples
    assert "SOCO" not in r.kinds


def test_initials_of_a_bracketed_qualifier(extract):
    r = extract("The opposition Workers' Party of Lesotho (Revolutionary Socialist Front) threatened protests. "
                "Thabo Mokoena, an RSF youth leader, was arrested on Thursday.")
    assert "RSF" not in r.kinds
    assert ("Thabo Mokoena", "HOLDS_POSITION", "Workers' Party of Lesotho (Revolutionary Socialist Front)") in r.triples


def test_short_form_of_a_company_still_merges(extract):
    r = extract("Harbour Gull Shipping Company was fined on Monday. Harbour Gull Shipping denied wrongdoing.")
    orgs = [a for a in r.extraction.actors if a.kind == "Organization"]
    assert len(orgs) == 1
