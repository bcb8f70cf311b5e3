"""Country forms with lower-case words, and names declared with their initials in brackets."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("form", ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"])
def test_a_country_form_with_a_lower_case_word_is_one_country(extract, form: str) -> None:
    r = extract(f"Ghana summoned the ambassador of {form} on Friday. {form} denied sheltering the coup plotters.")
    assert r.kinds.get("Ivory Coast") == "Country"
    ivory = next(a for a in r.extraction.actors if a.name == "Ivory Coast")
    assert form in ivory.aliases
    assert not any(name.startswith(("Côte", "Cote")) and name != "Ivory Coast" for name in r.kinds)


def test_a_party_named_after_such_a_country_keeps_the_whole_name(extract) -> None:
    r = extract("Awa Kone, who chairs the Union for Progress of Côte d'Ivoire, rejected the ruling.")
    assert r.kinds.get("Union for Progress of Côte d'Ivoire") == "Organization"


def test_a_name_followed_by_its_initials_in_brackets_is_an_organisation(extract) -> None:
    r = extract("The Assembly of Free Citizens for Justice and Peace (AFCJP) said on Monday that its leader had "
                "been detained. The AFCJP called for his release.")
    assert r.kinds.get("Assembly of Free Citizens for Justice and Peace") == "Organization"
    assert "AFCJP" not in r.kinds  # the initials are an alias, not a second body
    r = extract("The minister met delegates of the Convention of Southern Farmers (CSF) on Tuesday.")
    assert r.kinds.get("Convention of Southern Farmers") == "Organization"


def test_initials_that_do_not_spell_the_name_or_a_persons_name_do_not_make_a_body(extract) -> None:
    r = extract("Officials from Rivers of Hope (WFP) visited the camp.")
    assert r.kinds.get("Rivers of Hope") != "Organization"
    r = extract("Opposition lawmaker Lina Duarte Reyes (LDR) spoke to reporters.")
    assert r.kinds.get("Lina Duarte Reyes") == "Person"


def test_a_titled_name_then_of_and_a_body_is_a_person_and_that_body(extract) -> None:
    r = extract("Opposition leader Tomas Brenner of Civic Renewal called the vote a fraud.")
    assert r.kinds.get("Tomas Brenner") == "Person" and r.kinds.get("Civic Renewal") == "Organization"
    assert ("Tomas Brenner", "LEADS", "Civic Renewal") in r.triples
    r = extract("Spokeswoman Ida Lenz of the Green Tomorrow movement denied the claim.")
    assert r.kinds.get("Ida Lenz") == "Person"


def test_a_titled_name_of_a_country_after_the_article_serves_that_country(extract) -> None:
    r = extract("Foreign Minister Rosa Quispe of Bolivia met Prime Minister Owen Price of the United Kingdom.")
    assert ("Owen Price", "LEADS", "United Kingdom") in r.triples
    assert ("Owen Price", "LEADS", "Bolivia") not in r.triples


def test_an_office_named_with_of_is_not_split_into_a_person(extract) -> None:
    r = extract("The President of the Council of Ministers, Kodjo Sena, signed the decree.")
    assert not any(name.lower().startswith("of ") for name in r.kinds)
    assert r.kinds.get("Kodjo Sena") == "Person"
