"""Round 14: a demand with no addressee named, made at home, is made of the story's state
(unaddressed_demands.py)."""

from __future__ import annotations


def test_federation_demand_is_of_the_home_state(extract):
    r = extract("LIMA, May 3 - Peruvian police cleared a road blockade in Puno on Sunday. "
                "The Federation of Quinoa Growers of Puno demanded the withdrawal of police from the villages.")
    assert ("Federation of Quinoa Growers of Puno", "DEMANDS", "Peru") in r.triples


def test_union_demand_with_that_clause(extract):
    r = extract("ACCRA, June 2 - Ghana's central bank raised interest rates again on Monday. "
                "The Ghana Federation of Labour demanded that wages be indexed to inflation.")
    assert ("Ghana Federation of Labour", "DEMANDS", "Ghana") in r.triples


def test_participle_after_comma(extract):
    r = extract("QUITO, Feb 4 - Ecuador's president imposed a curfew on Tuesday. "
                "The Confederation of Andean Peoples marched on the capital on Wednesday, demanding new elections.")
    assert ("Confederation of Andean Peoples", "DEMANDS", "Ecuador") in r.triples


def test_urging_names_its_addressee_instead(extract):
    r = extract("LIMA, May 3 - The Federation of Quinoa Growers of Puno urged the regional governor to resign.")
    assert ("Federation of Quinoa Growers of Puno", "DEMANDS", "Peru") not in r.triples


def test_foreign_body_is_not_read_as_demanding_at_home(extract):
    r = extract("LIMA, May 3 - Peruvian police cleared a road blockade in Puno on Sunday. "
                "The European Commission demanded an independent inquiry.")
    assert ("European Commission", "DEMANDS", "Peru") not in r.triples


def test_foreign_official_is_not_read_as_demanding_at_home(extract):
    r = extract("LIMA, May 3 - Peruvian police cleared a road blockade in Puno on Sunday. "
                "Chile's foreign minister, Andrés Molina, demanded an independent inquiry.")
    assert ("Andrés Molina", "DEMANDS", "Peru") not in r.triples


def test_demand_of_someone_named_before_is_not_the_states(extract):
    r = extract("LIMA, May 3 - Peru's interior minister, Jorge Salas, defended the police on Sunday. "
                "The Federation of Quinoa Growers of Puno demanded the minister's resignation.")
    assert ("Federation of Quinoa Growers of Puno", "DEMANDS", "Peru") not in r.triples


def test_noun_demands_is_no_demand(extract):
    r = extract("LIMA, May 3 - Peruvian police cleared a road blockade in Puno on Sunday. "
                "The release of detained farmers is one of the Federation of Quinoa Growers of Puno's main demands.")
    assert ("Federation of Quinoa Growers of Puno", "DEMANDS", "Peru") not in r.triples
