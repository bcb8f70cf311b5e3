"""Round 14 (actors): capitalised place names that were read as people - a street ("on Lusaka's Chachacha Road"),
a federal state after a place preposition ("a senator from Kano State"), a region introduced as "the state of
X" - and a place name heading a plural of people ("Kerala fishermen"), which is a group, not a person."""

from __future__ import annotations


def test_street_is_not_a_person(extract):
    r = extract("Zambian police arrested Mutale Chansa, a currency dealer on Lusaka's Chachacha Road, on Monday.")
    assert "Chachacha Road" not in r.kinds
    assert ("Zambia", "COERCES", "Mutale Chansa") in r.triples


def test_federal_state_after_from_is_a_place(extract):
    r = extract("Zaw Min Htet, a lawmaker from Kachin State, demanded that Myanmar reopen the border.")
    assert "Kachin State" not in r.kinds
    assert r.kinds.get("Zaw Min Htet") == "Person"


def test_state_of_region_is_a_place(extract):
    r = extract("The chief minister of the southern Indian state of Andhra Pradesh, Ravi Kumar Reddy, wrote to "
                "Myanmar's president.")
    assert "Andhra Pradesh" not in r.kinds


def test_place_name_before_people_plural_is_a_group(extract):
    r = extract("Andhra Pradesh fishermen accused Myanmar of seizing their trawlers.")
    assert r.kinds.get("Andhra Pradesh fishermen") == "Group"
    assert ("Andhra Pradesh fishermen", "ACCUSES", "Myanmar") in r.triples


def test_persons_supporters_keep_the_person(extract):
    r = extract("Emeka Okonkwo supporters blocked the highway, and Nigerian police fired tear gas.")
    assert r.kinds.get("Emeka Okonkwo") == "Person"


def test_a_body_named_state_after_from_stays(extract):
    r = extract("Two fighters who defected from Islamic State surrendered to Iraqi troops near Mosul.")
    assert "Islamic State" in r.kinds
