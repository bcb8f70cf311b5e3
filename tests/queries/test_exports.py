"""Exports read back with networkx / json / csv, and the Cypher dump replayed on the other engine."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import networkx as nx
import pytest

from actorgraph.errors import InvalidInput, QueryError
from actorgraph.graph import open_store
from actorgraph.queries.exports import (
    GEXF_RENAMES,
    cypher_literal,
    export_graph,
    load_cypher_dump,
    read_graph,
    split_statements,
)
from tests.queries import graph_fixture


@pytest.fixture
def loaded(store):
    graph_fixture.load(store)
    return store


def _flat(item: dict, skip=("_labels", "_type", "id")) -> dict:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
            for k, v in item.items() if v is not None and k not in skip}


def _expected(store):
    nodes, edges = read_graph(store)
    assert len(nodes) == 12 and len(edges) == 11 + 12  # 11 statements, 12 mentions
    return nodes, edges


def test_graphml_reads_back_with_every_property(loaded, tmp_path):
    nodes, edges = _expected(loaded)
    path = tmp_path / "g.graphml"
    assert export_graph(loaded, "graphml", path) == len(edges)
    g = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(g, nx.MultiDiGraph)
    for n in nodes:
        attrs = dict(g.nodes[n["id"]])
        assert json.loads(attrs.pop("labels")) == n["_labels"]
        assert attrs == _flat(n)
    got = {(a, b, k): d for a, b, k, d in g.edges(keys=True, data=True)}
    assert len(got) == len(edges)
    for e in edges:
        if e.get("id"):
            d = dict(got[(e["source"], e["target"], e["id"])])
            assert d.pop("type") == e["_type"] and d == _flat(e)


def test_gexf_reads_back(loaded, tmp_path):
    nodes, edges = _expected(loaded)
    path = tmp_path / "g.gexf"
    export_graph(loaded, "gexf", path)
    g = nx.read_gexf(path)
    assert g.number_of_nodes() == len(nodes) and g.number_of_edges() == len(edges)
    maduro = g.nodes["person:nicolas-maduro"]
    assert maduro["label"] == "Nicolás Maduro" and json.loads(maduro["aliases"]) == ["Nicolas MADURO MOROS",
                                                                                        "Maduro"]
    by_id = {d.get("id"): d for _, _, d in g.edges(data=True)}
    for e in edges:
        if e.get("id"):
            d = by_id[e["id"]]
            want = {GEXF_RENAMES.get(k, k): v for k, v in _flat(e).items()}
            assert d["relation_type"] == e["_type"]
            assert {k: d[k] for k in want} == want


def test_json_and_csv(loaded, tmp_path):
    nodes, edges = _expected(loaded)
    buf = io.StringIO()
    export_graph(loaded, "json", buf)
    data = json.loads(buf.getvalue())
    assert data["nodes"] == nodes and data["edges"] == edges
    export_graph(loaded, "csv", tmp_path / "csv")
    node_rows = list(csv.DictReader((tmp_path / "csv" / "nodes.csv").open(encoding="utf-8")))
    edge_rows = list(csv.DictReader((tmp_path / "csv" / "edges.csv").open(encoding="utf-8")))
    assert [r["id"] for r in node_rows] == [n["id"] for n in nodes]
    assert len(edge_rows) == len(edges) and {r["type"] for r in edge_rows} >= {"SANCTIONS", "MENTIONS"}
    sanction = next(r for r in edge_rows if r["locator"] == "sdn.csv#22790")
    assert json.loads(sanction["programs"]) == ["VENEZUELA", "VENEZUELA-EO13692"]
    zipped = io.BytesIO()
    export_graph(loaded, "csv", zipped)
    assert sorted(zipfile.ZipFile(zipped).namelist()) == ["edges.csv", "nodes.csv"]
    with pytest.raises(InvalidInput, match="two files"):
        export_graph(loaded, "csv", io.StringIO())
    with pytest.raises(InvalidInput, match="unknown export format"):
        export_graph(loaded, "xlsx", io.StringIO())


def test_cypher_literals_and_statement_split():
    assert cypher_literal("it's a \\ \"q\"\nline é") == "'it\\'s a \\\\ \"q\"\\nline é'"
    assert cypher_literal({"a b": [1, 2.5, True, None]}) == "{`a b`: [1, 2.5, true, null]}"
    text = "// c\nRETURN 1;\n\nRETURN\n 'x;y';\n"
    assert list(split_statements(io.StringIO(text))) == [(2, "RETURN 1"), (4, "RETURN\n 'x;y'")]


def test_cypher_dump_replays_on_the_same_engine(loaded, engine, tmp_path):
    path = tmp_path / "dump.cypher"
    export_graph(loaded, "cypher", path)
    before = read_graph(loaded)
    loaded.clear()
    with path.open(encoding="utf-8") as fh:
        assert load_cypher_dump(loaded, fh) > 0
    assert read_graph(loaded) == before
    with path.open(encoding="utf-8") as fh:  # replaying merges: nothing duplicated
        load_cypher_dump(loaded, fh)
    assert read_graph(loaded) == before


def test_a_bad_dump_writes_nothing(loaded, tmp_path):
    before = read_graph(loaded)
    path = tmp_path / "bad.cypher"
    path.write_text("MERGE (a:Actor {id: 'person:new'});\nMERGE (a:Actor {id: 'person:newer'}) RETURN a.;\n")
    with pytest.raises(QueryError) as err, path.open() as fh:
        load_cypher_dump(loaded, fh, str(path))
    assert err.value.file == str(path)
    assert read_graph(loaded) == before


@pytest.mark.neo4j
def test_cypher_dump_moves_between_engines(falkordb_url, neo4j_url, tmp_path):
    falkor = open_store(falkordb_url, graph="dump_source")
    neo = open_store(neo4j_url)
    back = open_store(falkordb_url, graph="dump_back")
    try:
        for s in (falkor, neo, back):
            s.clear()
        graph_fixture.load(falkor)
        original = read_graph(falkor)
        to_neo = tmp_path / "falkor.cypher"
        export_graph(falkor, "cypher", to_neo)
        with to_neo.open(encoding="utf-8") as fh:
            load_cypher_dump(neo, fh)
        assert read_graph(neo) == original
        to_falkor = tmp_path / "neo.cypher"
        export_graph(neo, "cypher", to_falkor)
        with to_falkor.open(encoding="utf-8") as fh:
            load_cypher_dump(back, fh)
        assert read_graph(back) == original
    finally:
        for s in (falkor, back):
            s.drop()  # type: ignore[attr-defined]
            s.close()
        neo.clear()
        neo.close()


def test_xml_exports_survive_control_characters(store, tmp_path):
    from actorgraph.graph import Actor
    from actorgraph.queries.exports import export_graph

    store.upsert_actors([Actor(name="Bell\x07 Ringer\x1b Group", kind="Group", description="tab\tand\x00nul")])
    for fmt in ("graphml", "gexf"):
        path = tmp_path / f"g.{fmt}"
        export_graph(store, fmt, path)
        graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)
        names = [d.get("name") for _, d in graph.nodes(data=True)]
        assert names == ["Bell\ufffd Ringer\ufffd Group"]


def test_cypher_dump_keeps_entity_resolution_merges(loaded, tmp_path):
    """A store where linking merged actors holds merge records (their own label); the dump used to refuse
    them ("labels outside the ontology"), so no store that had ever linked could be dumped."""
    from actorgraph.loaders.merge import list_merges, merge_actors
    from actorgraph.loaders.merge_undo import undo_merge

    record = merge_actors(loaded, "person:donald-trump", "person:marco-rubio", 0.9, "test")
    path = tmp_path / "dump.cypher"
    export_graph(loaded, "cypher", path)
    before = read_graph(loaded)
    loaded.clear()
    with path.open(encoding="utf-8") as fh:
        load_cypher_dump(loaded, fh)
    assert read_graph(loaded) == before
    assert [m.id for m in list_merges(loaded)] == [record.id]
    undo_merge(loaded, record.id)  # the reloaded record still undoes the merge
    assert loaded.query("MATCH (a:Actor {id: 'person:marco-rubio'}) RETURN a.id AS id").rows
