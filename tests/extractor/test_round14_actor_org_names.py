"""Round 14 (actors): organisation names that were read as people's - a chamber ("the Lesotho Chamber of
Commerce and Industry"), a binational treaty company ("Salto Grande Binacional"), a firm an apposition calls
the state's ("X, the state miner that ..."), a body with two remits ("Ministry of Industry and Trade"), and a
multi-word country opening the sentence with "The" before a body's name."""

from __future__ import annotations


def test_chamber_with_two_remits_is_one_organisation(extract):
    r = extract("The Lesotho Chamber of Commerce and Industry backed the measure but urged Lesotho's "
                "government to lift the curfew.")
    assert r.kinds.get("Lesotho Chamber of Commerce and Industry") == "Organization"
    assert "Industry" not in r.kinds


def test_country_form_after_the_opens_the_body(extract):
    r = extract("The Antigua and Barbuda Chamber of Crafts said the new tax would ruin small firms.")
    assert r.kinds.get("Antigua and Barbuda Chamber of Crafts") == "Organization"
    assert "Antigua" not in r.kinds


def test_binational_treaty_company(extract):
    r = extract("Uruguay's energy minister, Tomás Ferreyra, said Salto Grande Binacional would cut its tariff. "
                "Argentina threatened to take Salto Grande Binacional to arbitration.")
    assert r.kinds.get("Salto Grande Binacional") == "Organization"


def test_state_miner_apposition(extract):
    r = extract("Investigators questioned three executives of Luangwa Bemba Mwale, the state miner that sells "
                "most of Zambia's copper, the anti-graft agency said.")
    assert r.kinds.get("Luangwa Bemba Mwale") == "Organization"


def test_a_miner_apposition_alone_is_a_person(extract):
    r = extract("Police detained Mwila Chanda Phiri, a miner from Kitwe, after the protest, Zambia said.")
    assert r.kinds.get("Mwila Chanda Phiri") == "Person"


def test_two_bodies_joined_by_and_stay_apart(extract):
    r = extract("The Ministry of Defence and Kenya Airways said the runway would reopen.")
    assert r.kinds.get("Kenya Airways") == "Organization"
    assert "Ministry of Defence and Kenya" not in r.kinds
