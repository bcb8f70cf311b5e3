"""`actorgraph cypher`: read-only unless --write, timeout and row cap, machine-readable output; both engines."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from actorgraph.cli import app
from tests.queries import graph_fixture

runner = CliRunner()
SLOW = ("UNWIND range(1, 20000) AS x UNWIND range(1, 20000) AS y WITH x, y WHERE (x * y) % 7 = 3 "
        "RETURN count(*) AS n")


def _run(engine, *args):
    return runner.invoke(app, ["cypher", *args], env=engine.env())


def test_write_refused_without_flag_and_allowed_with_it(engine, store):
    create = "CREATE (:Actor:Person {id: 'person:x', name: 'X'}) RETURN 1 AS one"
    res = _run(engine, create)
    assert res.exit_code == 1 and "ReadOnlyViolation" in res.stderr and "read-only" in res.stderr
    assert store.stats()["actors"] == 0
    res = _run(engine, create, "--write")
    assert res.exit_code == 0, res.output
    assert "nodes_created: 1" in res.stderr
    assert store.query("MATCH (a:Actor {id: 'person:x'}) RETURN a.name AS n").single() == "X"


def test_timeout_gives_a_clear_message(engine, store):
    res = _run(engine, SLOW, "--timeout", "0.2")
    assert res.exit_code == 1
    assert "QueryTimeout" in res.stderr and "timeout" in res.stderr.lower()


def test_row_cap_warns_and_truncates(engine, store):
    graph_fixture.load(store)
    res = _run(engine, "MATCH (a:Actor) RETURN a.id AS id ORDER BY id", "--max-rows", "3", "--format", "json")
    assert res.exit_code == 0, res.output
    assert len(res.stdout.splitlines()) == 3
    assert "row cap of 3" in res.stderr
    res = _run(engine, "MATCH (a:Actor) RETURN a.id AS id", "--max-rows", "100", "--format", "json")
    assert "row cap" not in res.stderr and len(res.stdout.splitlines()) == 9


def test_json_and_csv_output_parse(engine, store):
    graph_fixture.load(store)
    q = ("MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.aliases AS aliases, a.kind AS kind, "
         "size(a.aliases) AS n")
    res = _run(engine, q, "-p", "id=person:nicolas-maduro", "--format", "json")
    assert res.exit_code == 0, res.output
    row = json.loads(res.stdout)
    assert row == {"name": "Nicolás Maduro", "aliases": ["Nicolas MADURO MOROS", "Maduro"], "kind": "Person",
                   "n": 2}
    res = _run(engine, q, "-p", "id=person:nicolas-maduro", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows == [{"name": "Nicolás Maduro", "aliases": '["Nicolas MADURO MOROS", "Maduro"]',
                     "kind": "Person", "n": "2"}]


def test_syntax_error_is_one_line(engine, store):
    res = _run(engine, "MATCH (a RETURN a")
    assert res.exit_code == 1 and "QueryError" in res.stderr and "Traceback" not in res.output


def test_parameters_that_are_not_finite_numbers(engine, store):
    res = _run(engine, "RETURN $x AS x, $y AS y", "-p", "x=NaN", "-p", "y=-Infinity", "--format", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == {"x": "NaN", "y": "-Infinity"}  # text, as any other non-JSON value
    res = _run(engine, "RETURN $x AS x", "-p", "x=1e999")
    assert res.exit_code == 1 and "field 'x': 1e999 is too large for a number" in res.stderr
