"""`actorgraph query / queries / analyze / export / load-dump` through the CLI, on every engine."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.queries.exports import read_graph
from tests.queries import graph_fixture

runner = CliRunner()


def test_queries_lists_every_query_with_params():
    res = runner.invoke(app, ["queries", "--json"])
    assert res.exit_code == 0, res.output
    listed = {q["name"]: q for q in json.loads(res.stdout)}
    assert {"timeline", "ego_network", "sanctions"} <= set(listed)
    assert {p["name"] for p in listed["ego_network"]["params"]} >= {"actor", "hops", "types", "since"}
    text = runner.invoke(app, ["queries"]).stdout
    assert "timeline" in text and "--param source=<actor>" in text


def test_query_by_names_and_formats(engine, store):
    graph_fixture.load(store)
    args = ["query", "timeline", "-p", "source=Nicolás Maduro", "-p", "target=trump"]
    res = runner.invoke(app, [*args, "--format", "json"], env=engine.env())
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["type"] for r in rows] == ["DEMANDS", "MEETS_WITH"]
    res = runner.invoke(app, [*args, "--format", "csv"], env=engine.env())
    assert [r["type"] for r in csv.DictReader(io.StringIO(res.stdout))] == ["DEMANDS", "MEETS_WITH"]
    res = runner.invoke(app, [*args, "--format", "table"], env={**engine.env(), "COLUMNS": "400"})
    assert res.exit_code == 0 and "DEMANDS" in res.stdout and "2 row(s)" in res.stderr


def test_query_errors_name_the_parameter(engine, store):
    graph_fixture.load(store)
    res = runner.invoke(app, ["query", "ego_network", "-p", "actor=maduro", "-p", "hops=7"], env=engine.env())
    assert res.exit_code == 1 and "'hops'" in res.stderr and "<= 3" in res.stderr
    res = runner.invoke(app, ["query", "ego_network"], env=engine.env())
    assert res.exit_code == 1 and "needs parameter 'actor'" in res.stderr
    res = runner.invoke(app, ["query", "ego_network", "-p", "actor=Nobody Known"], env=engine.env())
    assert res.exit_code == 1 and "NotFound" in res.stderr and "'actor'" in res.stderr
    res = runner.invoke(app, ["query", "no_such_query"], env=engine.env())
    assert res.exit_code == 1 and "unknown query" in res.stderr


def test_query_text_is_never_markup(engine, store):
    from actorgraph.graph import Actor

    store.upsert_actors([Actor(name="[bold red]Injected[/] <b>x</b>", kind="Organization")])
    res = runner.invoke(app, ["query", "actor_search", "-p", "text=injected"],
                        env={**engine.env(), "COLUMNS": "400"})
    assert res.exit_code == 0 and "[bold red]Injected[/]" in res.stdout


def test_analyze(engine, store):
    graph_fixture.load(store)
    res = runner.invoke(app, ["analyze", "--top", "3", "--json", "--balance", "year"], env=engine.env())
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data["top"]) == {"degree", "betweenness", "pagerank"}
    assert all(len(v) == 3 for v in data["top"].values())
    assert data["top"]["betweenness"][0]["id"] == "person:delcy-rodriguez"
    assert data["communities"] and any(r["period"] == "2025" for r in data["balance"])
    res = runner.invoke(app, ["analyze", "-m", "pagerank", "--top", "2"], env=engine.env())
    assert res.exit_code == 0 and "top 2 by pagerank" in res.stdout and "communities" in res.stdout


def test_export_and_load_dump(engine, store, tmp_path):
    graph_fixture.load(store)
    res = runner.invoke(app, ["export", "--format", "graphml", "-o", str(tmp_path / "g.graphml")],
                        env=engine.env())
    assert res.exit_code == 0, res.output
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == 12
    res = runner.invoke(app, ["export", "--format", "gexf"], env=engine.env())
    assert res.exit_code == 1 and "needs --output" in res.stderr
    res = runner.invoke(app, ["export", "-f", "json"], env=engine.env())
    assert len(json.loads(res.stdout)["edges"]) == 23
    dump = tmp_path / "dump.cypher"
    assert runner.invoke(app, ["export", "-f", "cypher", "-o", str(dump)], env=engine.env()).exit_code == 0
    before = read_graph(store)
    store.clear()
    res = runner.invoke(app, ["load-dump", str(dump)], env=engine.env())
    assert res.exit_code == 0, res.output
    assert read_graph(store) == before
    res = runner.invoke(app, ["load-dump", str(tmp_path / "missing.cypher")], env=engine.env())
    assert res.exit_code == 1 and "missing.cypher" in res.stderr


def test_paths_command_rows_chain_from_source_to_target(engine, store):
    graph_fixture.load(store)
    pairs = store.query("MATCH (a:Actor)-[r]->(b:Actor) RETURN a.name AS a, b.name AS b").rows
    want = nx.shortest_path_length(nx.Graph([(p["a"], p["b"]) for p in pairs]), "Nicolás Maduro", "Marco Rubio")
    res = runner.invoke(app, ["paths", "maduro", "Marco Rubio", "--format", "json"], env=engine.env())
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and {r["path"] for r in rows} == set(range(1, max(r["path"] for r in rows) + 1))
    for n in {r["path"] for r in rows}:
        hops = sorted((r for r in rows if r["path"] == n), key=lambda r: r["hop"])
        assert len(hops) == want
        ends = [{h["source"], h["target"]} for h in hops]  # undirected: each hop may point either way
        assert "Nicolás Maduro" in ends[0] and "Marco Rubio" in ends[-1]
        assert all(a & b for a, b in zip(ends, ends[1:], strict=False))
        assert all("sentence" in h and h["relation_id"].startswith("rel:") and h["statements"] >= 1 for h in hops)
    res = runner.invoke(app, ["paths", "maduro", "Marco Rubio", "--types", "MEETS_WITH", "--max-hops", "6"],
                        env={**engine.env(), "COLUMNS": "400"})
    assert res.exit_code == 0 and "no path of at most 6 hops" in res.stderr
    res = runner.invoke(app, ["paths", "maduro", "Nobody Known"], env=engine.env())
    assert res.exit_code == 1 and "NotFound" in res.stderr


def test_paths_command_reports_the_search_time(engine, store):
    """The table footer said "in 0.0 ms" for every search."""
    import re

    graph_fixture.load(store)
    res = runner.invoke(app, ["paths", "maduro", "Marco Rubio"], env=engine.env())
    found = re.search(r"row\(s\) in ([\d.]+) ms", res.stderr)
    assert res.exit_code == 0 and found and float(found.group(1)) > 0, res.stderr


def test_export_and_load_dump_say_what_is_wrong_with_the_file(engine, store, tmp_path):
    """These were tracebacks: a missing folder, csv onto an existing file, a dump that is not UTF-8."""
    graph_fixture.load(store)
    taken = tmp_path / "taken.json"
    taken.write_text("{}")
    for args, where in ((["export", "-f", "graphml", "-o", str(tmp_path / "no" / "such" / "g.graphml")], "no"),
                        (["export", "-f", "csv", "-o", str(taken)], "taken.json")):
        res = runner.invoke(app, args, env=engine.env())
        assert res.exit_code == 1 and "InvalidInput" in res.stderr and where in res.stderr, res.output
    binary = tmp_path / "binary.cypher"
    binary.write_bytes(b"\x00\xff\xfe MERGE (a:Actor {id: 'person:x'});\n")
    before = store.stats()["actors"]
    res = runner.invoke(app, ["load-dump", str(binary)], env=engine.env())
    assert res.exit_code == 1 and "UTF-8" in res.stderr and "binary.cypher" in res.stderr, res.output
    assert store.stats()["actors"] == before
