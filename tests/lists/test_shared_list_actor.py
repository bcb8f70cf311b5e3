"""An OFAC listing and an OpenSanctions record that give the same actor id share one node: both lists'
provenance (sources, programs, datasets, source URLs, external ids) must survive, in either load order,
and re-loading one list must neither change the node nor erase the other list's values."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from actorgraph.graph import GraphStore
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.ftm import read_ftm
from actorgraph.loaders.ofac import read_ofac
from tests.lists.graph_dump import dump_graph

ACTOR = "person:marisol-quintero-baez"
SDN_ROW = ('70123,"QUINTERO BAEZ, Marisol","individual","VENEZUELA-EO13692",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
           '"DOB 14 Feb 1968; nationality Venezuela; Gender Female."\n')
FTM_ENTITY = {"id": "os-mqb", "schema": "Person", "caption": "Marisol Quintero Baez",
              "datasets": ["eu_fsf", "gb_hmt_sanctions"],
              "properties": {"name": ["Marisol Quintero Baez"], "program": ["EU Venezuela restrictive measures"],
                             "sourceUrl": ["https://lists.example.org/mqb"], "birthDate": ["1968-02-14"]}}


@pytest.fixture
def lists(tmp_path: Path) -> tuple[Path, Path]:
    ofac_dir = tmp_path / "ofac"
    ofac_dir.mkdir()
    (ofac_dir / "sdn-2025-03-01.csv").write_text(SDN_ROW, encoding="utf-8")
    ftm = tmp_path / "eu.ftm.jsonl"
    ftm.write_text(json.dumps(FTM_ENTITY) + "\n", encoding="utf-8")
    return ofac_dir, ftm


def _load(store: GraphStore, extractions: Iterable[Extraction]) -> None:
    for ex in extractions:
        store.load_document(ex.document, ex.actors, ex.relations, ex.mentions)


def _actor(store: GraphStore) -> dict:  # type: ignore[type-arg]
    return store.query("MATCH (a {id: $id}) RETURN a", {"id": ACTOR}).single()


def _assert_both_lists(actor: dict) -> None:  # type: ignore[type-arg]
    assert sorted(actor["list_sources"]) == ["ofac", "opensanctions"]
    assert set(actor["programs"]) == {"VENEZUELA-EO13692", "EU Venezuela restrictive measures"}
    assert actor["datasets"] == ["eu_fsf", "gb_hmt_sanctions"]
    assert actor["source_urls"] == ["https://lists.example.org/mqb"]
    assert {"ofac:70123", "opensanctions:os-mqb"} <= set(actor["external_ids"])
    assert actor["ofac_type"] == "individual" and actor["ftm_schema"] == "Person"


@pytest.mark.parametrize("first", ["ofac", "ftm"])
def test_both_lists_provenance_survives_on_the_shared_actor(store: GraphStore, lists: tuple[Path, Path],
                                                            first: str) -> None:
    ofac_dir, ftm = lists
    loads = {"ofac": lambda: _load(store, read_ofac(ofac_dir)), "ftm": lambda: _load(store, read_ftm(ftm))}
    second = "ftm" if first == "ofac" else "ofac"
    loads[first]()
    loads[second]()
    actor = _actor(store)
    _assert_both_lists(actor)
    assert actor["list_source"] == ("ofac" if first == "ofac" else "opensanctions")  # the first load's
    for name in (first, second):  # re-loading a list is idempotent and erases nothing of the other's
        loads[name]()
        once = dump_graph(store)
        loads[name]()
        assert dump_graph(store) == once, name
        _assert_both_lists(_actor(store))
    _assert_both_lists(_actor(store))


def test_one_list_alone_keeps_its_own_values(store: GraphStore, lists: tuple[Path, Path]) -> None:
    _load(store, read_ofac(lists[0]))
    actor = _actor(store)
    assert actor["list_source"] == "ofac" and actor["list_sources"] == ["ofac"]
    assert actor["programs"] == ["VENEZUELA-EO13692"] and "datasets" not in actor
