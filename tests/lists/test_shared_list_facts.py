"""An OFAC listing and an OpenSanctions record of one person share one node: its list facts (countries,
nationality, citizenship, birth dates) hold both lists' values, in one shape, without duplicates, whatever
the load order, and re-loading changes nothing. The FtM export writes them back in FtM's forms, and entity
resolution reads them."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path

import pycountry
import pytest

from actorgraph.graph import Actor, Document, GraphStore
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.ftm import read_ftm
from actorgraph.loaders.ofac import read_ofac
from actorgraph.loaders.resolve import link_actors
from actorgraph.queries.ftm_export import export_ftm
from tests.lists.graph_dump import dump_graph

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OFAC = FIXTURES / "ofac" / "facts"
FTM = FIXTURES / "ftm" / "facts.ftm.jsonl"
ILEANA = "person:ileana-beatriz-valderrama-oquendo"


def _load(store: GraphStore, extractions: Iterable[Extraction]) -> None:
    for ex in extractions:
        store.load_document(ex.document, ex.actors, ex.relations, ex.mentions)


def _actor(store: GraphStore, aid: str = ILEANA) -> dict:  # type: ignore[type-arg]
    return store.query("MATCH (a {id: $id}) RETURN a", {"id": aid}).single()


def _assert_both_lists(a: dict) -> None:  # type: ignore[type-arg]
    assert sorted(a["list_sources"]) == ["ofac", "opensanctions"]
    for key, values in {"country_codes": {"ve", "es", "co"}, "countries": {"Venezuela", "Spain", "Colombia"},
                        "birth_dates": {"1968-12-10", "1969", "1968"}, "nationality_codes": {"ve", "es"},
                        "nationalities": {"Venezuela", "Spain"}, "citizenship_codes": {"ve", "es"},
                        "citizenships": {"Venezuela", "Spain"}}.items():
        assert sorted(a[key]) == sorted(values), key  # each value once


@pytest.mark.parametrize("first", ["ofac", "ftm"])
def test_one_person_on_both_lists_keeps_both_lists_facts(store: GraphStore, first: str) -> None:
    loads = {"ofac": lambda: _load(store, read_ofac(OFAC)), "ftm": lambda: _load(store, read_ftm(FTM))}
    second = "ftm" if first == "ofac" else "ofac"
    loads[first]()
    loads[second]()
    actor = _actor(store)
    _assert_both_lists(actor)
    assert actor["birth_dates"][0] == "1968-12-10"  # the first load's first date leads either way
    for name in (first, second):  # re-loading is idempotent and loses nothing of the other list
        loads[name]()
        once = dump_graph(store)
        loads[name]()
        assert dump_graph(store) == once, name
        _assert_both_lists(_actor(store))
    # the single-valued compatibility properties are the first of their lists, whatever load came last
    actor = _actor(store)
    assert (actor["dob"], actor["nationality"], actor["citizenship"]) == (
        actor["birth_dates"][0], actor["nationalities"][0], actor["citizenships"][0])
    assert actor["dob"] == "1968-12-10"
    holders = store.query("MATCH (a:Actor) WHERE 'ofac:70501' IN a.external_ids "
                          "OR 'opensanctions:os-ibvo' IN a.external_ids RETURN a.id AS id").values("id")
    assert holders == [ILEANA]


def test_analyst_queries_work_across_both_lists(store: GraphStore) -> None:
    """The same Cypher finds people from either list: by code, by the Country actors' names, by year."""
    _load(store, read_ofac(OFAC))
    _load(store, read_ftm(FTM))
    by_code = store.query("MATCH (a:Person) WHERE 'ru' IN a.country_codes OR 'ru' IN a.citizenship_codes "
                          "RETURN a.id AS id ORDER BY id").values("id")
    assert by_code == ["person:oleg-testovich-primerov", "person:teodoro-bravo-salas"]
    born = store.query("MATCH (a:Person) WHERE any(d IN a.birth_dates WHERE d STARTS WITH '1962') "
                       "RETURN a.id AS id").values("id")
    assert born == ["person:teodoro-bravo-salas"]
    palestine = store.query("MATCH (a:Actor) WHERE 'Palestine' IN a.countries RETURN a.id AS id").values("id")
    assert palestine == ["person:hector-julio-aranguren-plaza"]


def _valid_ftm_country(code: str) -> bool:
    return code in {"xk", "ua-cri", "zz"} or pycountry.countries.get(alpha_2=code.upper()) is not None


def test_export_writes_the_facts_as_ftm_values(store: GraphStore) -> None:
    _load(store, read_ofac(OFAC))
    _load(store, read_ftm(FTM))
    store.load_document(Document(id="doc:old", title="graph loaded before the list facts"), [
        Actor(name="OLD SHAPE, Person", kind="Person",
              properties={"dob": "circa 1962", "nationality": "Korea, North", "countries": ["Burma"]})], [])
    buf = io.StringIO()
    export_ftm(store, buf)
    people = {e["caption"]: e["properties"] for e in map(json.loads, buf.getvalue().splitlines())
              if e["schema"] == "Person"}
    ileana = people["VALDERRAMA OQUENDO, Ileana Beatriz"]
    assert sorted(ileana["birthDate"]) == ["1968", "1968-12-10", "1969"]
    assert sorted(ileana["country"]) == ["co", "es", "ve"] and sorted(ileana["nationality"]) == ["es", "ve"]
    assert sorted(ileana["citizenship"]) == ["es", "ve"]
    teodoro = people["BRAVO SALAS, Teodoro"]
    assert teodoro["birthDate"] == ["1960", "1961", "1962", "1962-11", "1963"]
    assert teodoro["country"] == ["ua", "ua-cri"]  # the region as FtM writes it
    assert "birthDate" not in people["MENDIETA RUIZ, Lorena"] and "country" not in people["MENDIETA RUIZ, Lorena"]
    old = people["OLD SHAPE, Person"]
    assert old["birthDate"] == ["1962"] and old["nationality"] == ["kp"] and old["country"] == ["mm"]
    for props in people.values():
        assert all(_valid_ftm_country(c) for key in ("country", "nationality", "citizenship")
                   for c in props.get(key, [])), props
        assert all(len(d) in (4, 7, 10) and d[:4].isdigit() for d in props.get("birthDate", [])), props


def test_resolution_reads_country_context_in_the_new_shape(store: GraphStore, tmp_path: Path) -> None:
    """Namesakes on a list are told apart by the country the article names: OFAC's 'Korea, North' is stored
    as North Korea, the name the article's Country actor has."""
    rows = ['91001,"RODRIGUEZ GOMEZ, Jorge Jesus","individual","DPRK3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
            '"citizen Korea, North."', '91002,"RODRIGUEZ PEREZ, Jorge Luis","individual","SDNT",-0- ,-0- ,-0- ,'
            '-0- ,-0- ,-0- ,-0- ,"nationality Colombia."']
    (tmp_path / "sdn.csv").write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    _load(store, read_ofac(tmp_path / "sdn.csv"))
    doc = Document(text="Jorge Rodríguez met officials in Pyongyang. North Korea", title="n")
    store.load_document(doc, [Actor(name="Jorge Rodríguez", kind="Person"),
                              Actor(name="North Korea", kind="Country")], [])
    merges = link_actors(store).merges
    assert [(m.absorbed, m.canonical) for m in merges] == [("person:jorge-rodriguez",
                                                            "person:jorge-jesus-rodriguez-gomez")]
    assert "country context 'north korea'" in merges[0].reason
