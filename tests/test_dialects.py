"""Pins the Cypher dialect differences docs/cypher-dialects.md describes, on both engines.

Each case states what FalkorDB and Neo4j do with one query: the rows it returns, or ``ERROR`` when
the engine refuses it. If an engine changes (FalkorDB learns ``EXISTS {}``, Neo4j drops something),
the case fails and the document needs the same change.
"""

from __future__ import annotations

from typing import Any

import pytest

from actorgraph.errors import QueryError, ReadOnlyViolation
from actorgraph.graph import Actor, Document, Evidence, Relation, open_store

ERROR = QueryError
US, MADURO, VE = "country:united-states", "person:nicolas-maduro", "country:venezuela"
PARAMS = {"a": US, "b": MADURO, "since": "2025-01-01", "n": 2, "xs": [1, 2, 3]}

# id -> (query, FalkorDB result, Neo4j result); a result is the list of rows or ERROR
CASES: dict[str, tuple[str, Any, Any]] = {
    "exists_subquery": (
        "MATCH (a:Actor) WHERE EXISTS { MATCH (a)-[:SANCTIONS]->() } RETURN a.id AS id", ERROR, [{"id": US}]),
    "pattern_predicate_portable": (
        "MATCH (a:Actor) WHERE (a)-[:SANCTIONS]->() RETURN a.id AS id", [{"id": US}], [{"id": US}]),
    "exists_function_on_pattern": (
        "MATCH (a:Actor) WHERE exists((a)-[:SANCTIONS]->()) RETURN a.id AS id", ERROR, [{"id": US}]),
    "count_subquery": (
        "MATCH (a:Actor {id: $a}) RETURN COUNT { (a)-->() } AS n", ERROR, [{"n": 1}]),
    "pattern_comprehension_portable": (
        "MATCH (a:Actor {id: $a}) RETURN size([(a)-->(b) | b.id]) AS n", [{"n": 1}], [{"n": 1}]),
    "size_of_pattern": (
        "MATCH (a:Actor {id: $a}) RETURN size((a)-->()) AS n", [{"n": 1}], ERROR),
    "call_subquery": (
        "MATCH (a:Actor {id: $a}) CALL { WITH a MATCH (a)-->(b) RETURN count(b) AS n } RETURN n",
        [{"n": 1}], [{"n": 1}]),
    "regex_match": (
        "MATCH (a:Actor) WHERE a.name =~ '(?i)united.*' RETURN a.id AS id", ERROR, [{"id": US}]),
    "contains_portable": (
        "MATCH (a:Actor) WHERE toLower(a.name) CONTAINS 'united' RETURN a.id AS id", [{"id": US}], [{"id": US}]),
    "datetime_function": ("RETURN datetime('2025-11-21T10:00:00Z') IS NOT NULL AS ok", ERROR, [{"ok": True}]),
    "date_function": ("RETURN toString(date('2025-11-21')) AS d", [{"d": "2025-11-21"}], [{"d": "2025-11-21"}]),
    "iso_string_date_compare_portable": (
        "MATCH ()-[r:SANCTIONS]->() WHERE r.date >= $since RETURN r.date AS d",
        [{"d": "2025-11-21"}], [{"d": "2025-11-21"}]),
    "date_value_vs_string_property": (  # a date() never equals/compares with the stored ISO string
        "MATCH ()-[r:SANCTIONS]->() WHERE r.date >= date($since) RETURN count(r) AS n", [{"n": 0}], [{"n": 0}]),
    "year_by_substring_portable": (
        "MATCH ()-[r:SANCTIONS]->() RETURN substring(r.date, 0, 4) AS y", [{"y": "2025"}], [{"y": "2025"}]),
    "shortest_path_in_match": (
        "MATCH p = shortestPath((a:Actor {id: $a})-[*..4]->(b:Actor {id: $b})) RETURN length(p) AS n",
        ERROR, [{"n": 1}]),
    "shortest_path_in_with_directed_portable": (
        "MATCH (a:Actor {id: $a}), (b:Actor {id: $b}) WITH shortestPath((a)-[*..4]->(b)) AS p "
        "RETURN length(p) AS n", [{"n": 1}], [{"n": 1}]),
    "shortest_path_undirected": (
        "MATCH (a:Actor {id: $a}), (b:Actor {id: $b}) WITH shortestPath((a)-[*..4]-(b)) AS p "
        "RETURN length(p) AS n", ERROR, [{"n": 1}]),
    "all_shortest_paths_in_match": (
        "MATCH p = allShortestPaths((a:Actor {id: $a})-[*..4]->(b:Actor {id: $b})) RETURN count(p) AS n",
        ERROR, [{"n": 1}]),
    "variable_length_undirected_portable": (
        "MATCH p = (a:Actor {id: $a})-[*1..4]-(b:Actor {id: $b}) RETURN min(length(p)) AS n",
        [{"n": 1}], [{"n": 1}]),
    "element_id": ("MATCH (a:Actor {id: $a}) RETURN elementId(a) IS NOT NULL AS ok", ERROR, [{"ok": True}]),
    "id_function": ("MATCH (a:Actor {id: $a}) RETURN id(a) IS NOT NULL AS ok", [{"ok": True}], [{"ok": True}]),
    "property_exists_function": (
        "MATCH (a:Actor) WHERE exists(a.description) RETURN count(a) AS n", [{"n": 0}], ERROR),
    "is_not_null_portable": (
        "MATCH (a:Actor) WHERE a.description IS NOT NULL RETURN count(a) AS n", [{"n": 0}], [{"n": 0}]),
    "sum_of_integers": ("UNWIND $xs AS x RETURN sum(x) AS s", [{"s": 6.0}], [{"s": 6}]),
    "limit_parameter": ("MATCH (a:Actor) RETURN a.id AS id ORDER BY id LIMIT $n",
                        [{"id": US}, {"id": VE}], [{"id": US}, {"id": VE}]),
    "map_projection": ("MATCH (a:Actor {id: $a}) RETURN a {.id, .name} AS m",
                       [{"m": {"id": US, "name": "United States"}}], [{"m": {"id": US, "name": "United States"}}]),
    "db_labels": ("CALL db.labels() YIELD label RETURN label ORDER BY label",
                  [{"label": x} for x in ("Actor", "Country", "Document", "Person")],
                  [{"label": x} for x in ("Actor", "Country", "Document", "Person")]),
    "show_indexes": ("SHOW INDEXES YIELD name RETURN count(name) > 0 AS ok", ERROR, [{"ok": True}]),
    "db_indexes_procedure": ("CALL db.indexes() YIELD label RETURN count(label) > 0 AS ok", [{"ok": True}], ERROR),
    "falkordb_fulltext_procedure": (
        "CALL db.idx.fulltext.queryNodes('Actor', 'united') YIELD node RETURN node.id AS id", [{"id": US}], ERROR),
    "neo4j_fulltext_procedure": (
        "CALL db.index.fulltext.queryNodes('actor_names', 'united') YIELD node RETURN node.id AS id",
        ERROR, [{"id": US}]),
    "falkordb_algo_bfs": (
        "MATCH (a:Actor {id: $a}) CALL algo.BFS(a, 3, NULL) YIELD nodes RETURN size(nodes) AS n", [{"n": 2}], ERROR),
    "apoc_is_not_installed": ("RETURN apoc.text.join(['a', 'b'], ',') AS v", ERROR, ERROR),
}


def _seed(store) -> None:
    text = "The United States sanctioned Nicolás Maduro. Venezuela rejected the sanctions."
    doc = Document(text=text)
    us = Actor(name="United States", kind="Country", aliases=["USA"])
    maduro = Actor(name="Nicolás Maduro", kind="Person")
    ve = Actor(name="Venezuela", kind="Country")

    def ev(start: int, end: int) -> Evidence:
        return Evidence(document_id=doc.id, sentence=text[start:end], start=start, end=end)

    store.load_document(doc, [us, maduro, ve], [
        Relation(source=us.id, type="SANCTIONS", target=maduro.id, date="2025-11-21", evidence=ev(0, 44)),
        Relation(source=ve.id, type="REJECTS", target=us.id, date="2025-11-22", evidence=ev(45, 79)),
        Relation(source=maduro.id, type="LEADS", target=ve.id, evidence=ev(0, 20)),
    ])


@pytest.fixture
def seeded(store):
    _seed(store)
    return store


@pytest.mark.parametrize("case", sorted(CASES))
def test_dialect_case(seeded, case):
    cypher, falkordb, neo4j = CASES[case]
    expected = falkordb if seeded.engine == "falkordb" else neo4j
    if expected is ERROR:
        with pytest.raises(QueryError):
            seeded.query(cypher, PARAMS)
    else:
        assert seeded.query(cypher, PARAMS).rows == expected


def test_writes_are_refused_read_only_on_both(seeded):
    with pytest.raises(ReadOnlyViolation):
        seeded.query("CREATE (n:Scratch)")


def test_constraint_syntax_differs(seeded):
    neo4j_ddl = "CREATE CONSTRAINT scratch_id IF NOT EXISTS FOR (n:Scratch) REQUIRE n.id IS UNIQUE"
    if seeded.engine == "falkordb":
        with pytest.raises(QueryError):
            seeded.execute(neo4j_ddl)
    else:
        seeded.execute(neo4j_ddl)
        seeded.execute("DROP CONSTRAINT scratch_id")
    seeded.execute("CREATE INDEX FOR (n:Scratch) ON (n.key)")  # plain index DDL is portable


def test_property_values_are_scalars_or_lists(seeded):
    with pytest.raises(QueryError):
        seeded.execute("MATCH (a:Actor {id: $a}) SET a.scratch = {k: 1}", PARAMS)
    mixed = "MATCH (a:Actor {id: $a}) SET a.scratch = [1, 'x'] RETURN a.scratch AS v"
    if seeded.engine == "falkordb":
        assert seeded.execute(mixed, PARAMS).rows == [{"v": [1, "x"]}]
    else:
        with pytest.raises(QueryError):
            seeded.execute(mixed, PARAMS)


@pytest.mark.parametrize("text", ["unit*", "united"])
def test_fulltext_clause_adapts_to_the_engine(seeded, text):
    clause = seeded.fulltext_actors_clause("q")
    rows = seeded.query(f"{clause} RETURN node.id AS id", {"q": text}).rows
    assert [r["id"] for r in rows] == [US]


def test_temporal_values_come_back_as_iso_strings(seeded):
    row = seeded.query("RETURN date('2025-11-21') AS d, localdatetime('2025-11-21T10:30:00') AS t").rows[0]
    assert row["d"] == "2025-11-21"
    assert row["t"].startswith("2025-11-21T10:30:00")


@pytest.mark.neo4j
def test_neo4j_routing_scheme_works_on_a_single_server(neo4j_url):
    """Clusters and Aura need ``neo4j://`` (routing); the same URL form must work on one server."""
    host_port = neo4j_url.split("://", 1)[1]
    store = open_store(f"neo4j://{host_port}")
    try:
        assert store.describe().startswith("neo4j (neo4j://")
        store.clear()
        _seed(store)
        assert store.query("MATCH (a:Actor) RETURN count(a) AS n").single() == 3
        with pytest.raises(ReadOnlyViolation):  # reads are routed to READ access mode
            store.query("CREATE (n:Scratch)")
    finally:
        store.clear()
        store.close()


@pytest.mark.parametrize(("text", "iso"), [("P1DT2H", "P1DT2H"), ("P1Y2M", "P1Y2M"), ("PT90M", "PT1H30M")])
def test_durations_come_back_as_iso_strings(store, text, iso):
    assert store.query("RETURN duration($d) AS v", {"d": text}).single() == iso


def test_fulltext_fuzzy_syntax_is_engine_specific(seeded):
    """RediSearch spells a one-edit fuzzy term %term%, Lucene term~1."""
    fuzzy = "%unitd%" if seeded.engine == "falkordb" else "unitd~1"
    clause = seeded.fulltext_actors_clause("q")
    rows = seeded.query(f"{clause} RETURN node.id AS id", {"q": fuzzy}).rows
    assert [r["id"] for r in rows] == [US]
