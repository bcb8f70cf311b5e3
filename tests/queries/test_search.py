"""search_actors / resolve_actor on every engine (full-text index plus substring fallback)."""

from __future__ import annotations

import pytest

from actorgraph.errors import InvalidInput, NotFound
from actorgraph.graph import Actor
from actorgraph.queries.search import fulltext_query, resolve_actor, search_actors
from tests.queries import graph_fixture


@pytest.fixture
def loaded(store):
    graph_fixture.load(store)
    return store


@pytest.mark.parametrize("text", ["Nicolás Maduro", "nicolas maduro", "MADURO", "maduro moros", "Madu",
                                  "Nicolas  Maduro!", "Nicholas Maduro"])
def test_search_finds_maduro(loaded, text):
    hits = search_actors(loaded, text)
    assert hits[0]["id"] == "person:nicolas-maduro", hits
    assert 0 < hits[0]["score"] <= 1


def test_exact_name_ranks_first_and_kind_filters(loaded):
    hits = search_actors(loaded, "united states")
    assert hits[0]["id"] == "country:united-states" and hits[0]["score"] == 1.0
    assert search_actors(loaded, "Washington")[0]["id"] == "country:united-states"
    assert [h["kind"] for h in search_actors(loaded, "r", kind="organization")] == ["Organization"] * 2
    assert search_actors(loaded, "zzzzqqq") == []
    assert len(search_actors(loaded, "a", limit=3)) == 3


def test_query_syntax_characters_are_data(loaded):
    for text in ('Maduro" OR *', "maduro AND NOT trump", "-maduro", "(maduro)", "ma|duro", "@kind:{x}",
                 "maduro~2", "OR"):
        search_actors(loaded, text)  # must not raise a syntax error on either engine
    assert search_actors(loaded, "(maduro)")[0]["id"] == "person:nicolas-maduro"
    with pytest.raises(InvalidInput):
        search_actors(loaded, "¿?!")


def test_fulltext_query_shapes():
    assert fulltext_query("neo4j", "nicolas maduro") == "+(nicolas nicolas~1) +(maduro maduro* maduro~1)"
    assert fulltext_query("falkordb", "de los soles") == "(de) (los) (soles|soles*|%soles%)"
    assert fulltext_query("neo4j", "not") == '+("not")'


def test_resolve_actor(loaded):
    assert resolve_actor(loaded, "person:donald-trump")["name"] == "Donald Trump"
    assert resolve_actor(loaded, "DELCY RODRIGUEZ")["id"] == "person:delcy-rodriguez"
    assert resolve_actor(loaded, "Cartel of the Suns")["id"] == "organization:cartel-de-los-soles"
    with pytest.raises(NotFound, match="no actor matches"):
        resolve_actor(loaded, "Someone Else Entirely")
    loaded.upsert_actors([Actor(name="Maduro", kind="Organization")])  # a namesake without relations
    assert resolve_actor(loaded, "maduro")["id"] == "organization:maduro"  # own name beats an alias


def test_infix_text_falls_back_to_substring(loaded):
    assert search_actors(loaded, "adur")[0]["id"] == "person:nicolas-maduro"
    assert search_actors(loaded, "ashingt")[0]["id"] == "country:united-states"
