"""Round P, actor precision and kind: organisations that the shape of their name made people, places and
things taken for actors, and names cut or run together."""

from __future__ import annotations

# -- organisations taken for people ------------------------------------------------------------------------

def test_a_name_between_a_rank_word_and_party_is_the_party(extract) -> None:
    r = extract("Olga Brenner, a senator from the opposition Narodna party, criticised the budget on Monday.")
    assert r.kinds.get("Narodna") == "Organization"


def test_a_bare_society_before_a_name_makes_it_a_body(extract) -> None:
    r = extract("Police raided the offices of the banned opposition society Al Nahda on Tuesday.")
    assert r.kinds.get("Al Nahda") == "Organization"


def test_a_name_followed_by_its_bracketed_initials_is_a_body(extract) -> None:
    r = extract("Protesters accused the governing Umoja Wa Taifa (UWT) of rigging the vote in March.")
    kinds = r.kinds
    assert kinds.get("Umoja Wa Taifa") == "Organization"
    assert "UWT" not in kinds  # the initials are an alias of the same body
    r = extract("The minister met Daniel Okafor (UN) on Monday in Abuja.")  # not his initials: still a person
    assert r.kinds.get("Daniel Okafor") == "Person"


def test_an_apposition_with_a_place_based_body_makes_the_name_a_body(extract) -> None:
    r = extract("Lumen Veritas, a Lyon-based group that tracks arms transfers, published the report.")
    assert r.kinds.get("Lumen Veritas") == "Organization"


def test_a_name_written_as_a_body_once_is_a_body_where_it_stands_bare(extract) -> None:
    r = extract("Chile signed a supply deal with the state copper firm's trading subsidiary, Andes Ferro Norte, "
                "on Friday. Critics say Andes Ferro Norte has never published its accounts.")
    assert r.kinds.get("Andes Ferro Norte") == "Organization"
    assert not any(a.kind == "Person" for a in r.extraction.actors)


def test_a_former_contractor_named_after_a_comma_is_a_person_a_contractor_still_a_company(extract) -> None:
    r = extract("Investigators questioned a former navy contractor, Gareth Holm, about the leaked plans.")
    assert r.kinds.get("Gareth Holm") == "Person"
    r = extract("The ministry hired a defence contractor, Brightwater Kessel, to repair the radars.")
    assert r.kinds.get("Brightwater Kessel") == "Organization"


# -- places and peoples taken for organisations -----------------------------------------------------------

def test_a_single_name_after_over_the_or_along_the_is_a_place(extract) -> None:
    r = extract("Sudan, locked in a quarrel with Cairo over the Atbara, signed a pact with Eritrea.")
    assert "Atbara" not in r.kinds
    r = extract("Smugglers move fuel along the Ruvu every night, officials in Tanzania said.")
    assert "Ruvu" not in r.kinds


def test_the_plural_of_a_demonym_is_a_people_not_an_organisation(extract) -> None:
    r = extract("Romania asked Ukraine to recognise Moldovans as a minority in its schools. "
                "Kyiv said Moldovans already had their own classes.")
    assert "Moldovans" not in r.kinds
    assert r.kinds.get("Romania") == "Country"


def test_a_building_named_after_a_body_is_a_place(extract) -> None:
    r = extract("The envoy met Kenya's foreign minister for two hours at the Government Palace on Tuesday.")
    assert not any("Palace" in name for name in r.kinds)
    r = extract("Three activists were moved to the Justice Ministry Prison outside the capital.")
    assert not any("Prison" in name for name in r.kinds)


# -- anonymous sources ------------------------------------------------------------------------------------

def test_an_anonymous_source_group_is_no_actor_but_stays_on_the_statement(extract) -> None:
    r = extract("Kenya has sanctioned Dmitri Orlov, according to three diplomats in Nairobi.")
    assert not any(a.kind == "Group" for a in r.extraction.actors)
    rel = r.rel("Kenya", "SANCTIONS", "Dmitri Orlov")
    assert rel.attributed_to is None
    assert rel.properties.get("attributed_to_description") == "three diplomats"


# -- things, operations and rivers taken for actors -----------------------------------------------------

def test_a_capitalised_noun_opening_the_sentence_before_of_is_not_part_of_the_name(extract) -> None:
    r = extract("Ownership of Kivu Ferro will pass to a new state holding, the mines minister said.")
    assert not any(name.startswith("Ownership") for name in r.kinds)


def test_a_name_after_along_the_is_a_river_or_region(extract) -> None:
    r = extract("Kazakhstan fears the canal will take too much water along the Syr Darya in summer.")
    assert "Syr Darya" not in r.kinds
    r = extract("Tanzania said smugglers were moving arms along the Lurio Ntema at night.")
    assert "Lurio Ntema" not in r.kinds


def test_a_named_operation_is_not_an_actor(extract) -> None:
    r = extract("Norway said it was sending two frigates under its Steady Anchor mission.")
    assert "Steady Anchor" not in r.kinds
    r = extract("Sweden and Finland held the Golden Fern exercise in May.")
    assert "Golden Fern" not in r.kinds


# -- names cut short ------------------------------------------------------------------------------------

def test_an_office_named_with_a_possessive_is_one_name(extract) -> None:
    r = extract("The Public Defender's Office said on Monday it had opened an inquiry into the deaths.")
    assert r.kinds.get("Public Defender's Office") == "Organization"
    r = extract("Kenya's Office of the Auditor General published the report.")  # a state's office: two actors
    assert r.kinds.get("Kenya") == "Country"


def test_a_company_written_with_its_legal_form_is_an_organisation(extract) -> None:
    r = extract("The gold was sold through Sahara Bright Metals FZE and Orion Peak Trading DMCC, the Treasury said.")
    assert r.kinds.get("Sahara Bright Metals FZE") == "Organization"
    assert r.kinds.get("Orion Peak Trading DMCC") == "Organization"


def test_initials_after_in_the_name_a_region(extract) -> None:
    r = extract("Coca growing has risen in the VAPR, where troops from Peru patrol the rivers.")
    assert "VAPR" not in r.kinds
    r = extract("The EU said on Monday it would fund the border agency.")  # acting: still a body
    assert r.kinds.get("European Union", r.kinds.get("EU")) == "Organization"


def test_a_town_at_the_end_of_a_road_is_a_place_even_when_named_twice(extract) -> None:
    r = extract("Militants collect taxes on the road to Baidoa, the minister said. "
                "Relations between Mogadishu and Baidoa have worsened since the election.")
    assert "Baidoa" not in r.kinds


def test_a_body_named_with_an_article_after_from_stays_a_body(extract) -> None:
    r = extract("Soldiers seized weapons from the Red Lantern in the jungle, the army said.")
    assert r.kinds.get("Red Lantern") == "Organization"


def test_two_bracketed_initials_after_a_persons_name_leave_a_person(extract) -> None:
    r = extract("Peter Obi (PO) spoke to reporters in Abuja on Friday.")
    assert r.kinds.get("Peter Obi") == "Person"
