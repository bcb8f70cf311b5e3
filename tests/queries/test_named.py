"""Named queries: the registry, parameter validation, and every query on every engine."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from actorgraph.errors import InvalidInput, NotFound
from actorgraph.graph import open_store
from actorgraph.queries.named import bind_params, get_query, named_queries, parse_query, run_named
from tests.queries import graph_fixture

REQUIRED = {"actor_search", "actor_profile", "ego_network", "shortest_path", "paths", "sanctions", "timeline",
            "relations", "relation_summary", "most_connected", "relation_evidence", "actor_documents",
            "co_mentioned"}


def test_registry_has_every_required_query_documented():
    queries = named_queries()
    assert REQUIRED <= set(queries)
    for q in queries.values():
        assert q.description and q.columns, q.name
        assert "$" in q.text or not q.params, q.name
        for p in q.params:
            assert f"${p}" in q.text or f"{{hops:{p}}}" in q.text, f"{q.name}: parameter {p} unused"


def test_parse_query_reads_header():
    q = parse_query("// name: demo\n// description: d\n// params:\n//   n: {type: int, default: 3, min: 1}\n"
                    "// columns: [x]\nRETURN $n AS x\n")
    assert q.name == "demo" and q.params["n"].default == 3 and q.params["n"].minimum == 1
    assert q.text == "RETURN $n AS x"


@pytest.mark.parametrize(("params", "field"), [
    ({"actor": "person:x", "bogus": 1}, "bogus"),
    ({}, "actor"),
    ({"actor": "person:x", "hops": "two"}, "hops"),
    ({"actor": "person:x", "hops": 9}, "hops"),
    ({"actor": "person:x", "types": "SANCTIONS,FRIENDS_WITH"}, "types"),
    ({"actor": "person:x", "statuses": "rumoured"}, "statuses"),
    ({"actor": "person:x", "since": "21/11/2025"}, "since"),
])
def test_bad_params_name_the_parameter(params, field):
    with pytest.raises(InvalidInput) as err:
        bind_params(get_query("ego_network"), params)
    assert err.value.field == field
    assert repr(field) in str(err.value)


def test_params_are_coerced_from_cli_strings():
    bound = bind_params(get_query("ego_network"), {"actor": "person:x", "hops": "1",
                                                  "types": "sanctions, meets_with", "statuses": "Reported",
                                                  "since": "2025-11"})
    assert bound["hops"] == 1 and bound["types"] == ["SANCTIONS", "MEETS_WITH"]
    assert bound["statuses"] == ["reported"] and bound["since"] == "2025-11" and bound["until"] is None
    default = bind_params(get_query("ego_network"), {"actor": "person:x"})
    assert "SANCTIONS" in default["types"] and "MENTIONS" not in default["types"]
    assert bind_params(get_query("actor_search"), {"text": "  NICOLÁS "})["text"] == "nicolas"


def test_unknown_query_is_invalid_input():
    with pytest.raises(InvalidInput, match="unknown query"):
        get_query("drop_everything")


@pytest.fixture
def loaded(store):
    graph_fixture.load(store)
    return store


def test_every_query_runs_and_returns_its_columns(loaded):
    for name, q in named_queries().items():
        res = run_named(loaded, name, q.example)
        assert res.columns == q.columns, name
        assert res.rows, f"{name} returned nothing for its example"


def test_actor_params_accept_names(loaded):
    res = run_named(loaded, "timeline", {"source": "maduro", "target": "TRUMP"})
    assert [r["type"] for r in res.rows] == ["DEMANDS", "MEETS_WITH"]
    with pytest.raises(NotFound) as err:
        run_named(loaded, "timeline", {"source": "Nobody Atall", "target": "trump"})
    assert err.value.field == "source"


def test_actor_search_is_accent_and_case_insensitive(loaded):
    for text in ("RODRIGUEZ", "rodríguez", "Delcy Eloina"):
        ids = run_named(loaded, "actor_search", {"text": text}).values("id")
        assert ids[0] == "person:delcy-rodriguez", text
    rows = run_named(loaded, "actor_search", {"text": "cartel of the suns"}).rows
    assert rows[0]["id"] == "organization:cartel-de-los-soles" and rows[0]["match"] == "exact"
    assert run_named(loaded, "actor_search", {"text": "u", "kind": "country"}).values("kind") == ["Country"] * 2


def test_profile_counts_relations_by_type_and_direction(loaded):
    row = run_named(loaded, "actor_profile", {"actor": "person:nicolas-maduro"}).rows[0]
    assert row["external_ids"] == ["ofac:22790"] and row["documents"] == 2 and row["relations"] == 4
    counts = {(c["type"], c["direction"]): c["n"] for c in row["relation_counts"]}
    assert counts == {("DEMANDS", "in"): 1, ("MEETS_WITH", "out"): 1, ("SANCTIONS", "in"): 2}
    lonely = run_named(loaded, "actor_profile", {"actor": "vessel:isolated-vessel"}).rows[0]
    assert lonely["relations"] == 0 and lonely["relation_counts"] == []


def test_ego_network_filters(loaded):
    one = run_named(loaded, "ego_network", {"actor": "person:marco-rubio", "hops": 1}).rows
    assert {r["type"] for r in one} == {"ACCUSES", "MEETS_WITH", "HOLDS_POSITION"}
    two = run_named(loaded, "ego_network", {"actor": "person:marco-rubio", "hops": 2}).rows
    assert {r["type"] for r in two if r["hop"] == 2} >= {"DESIGNATES", "SANCTIONS", "MEMBER_OF"}
    only = run_named(loaded, "ego_network", {"actor": "person:marco-rubio", "hops": 2,
                                             "types": "MEETS_WITH,SANCTIONS"}).rows
    assert {r["type"] for r in only} == {"MEETS_WITH", "SANCTIONS"}
    dated = run_named(loaded, "ego_network", {"actor": "person:marco-rubio", "hops": 3, "since": "2025-11-24",
                                              "until": "2025-11"}).rows
    assert dated and all("2025-11-24" <= r["date"] <= "2025-11-30" for r in dated)
    alleged = run_named(loaded, "ego_network", {"actor": "person:marco-rubio", "statuses": "alleged"}).rows
    assert [r["status"] for r in alleged] == ["alleged"]


def test_paths_and_shortest_path(loaded):
    sp = run_named(loaded, "shortest_path", {"source": "person:donald-trump", "target": "person:marco-rubio"})
    assert {r["hops"] for r in sp.rows} == {4}
    assert sp.rows[0]["actors"][0] == "person:donald-trump" and sp.rows[0]["actors"][-1] == "person:marco-rubio"
    paths = run_named(loaded, "paths", {"source": "person:delcy-rodriguez", "target": "country:united-states",
                                        "max_hops": 2}).rows
    assert [p["hops"] for p in paths] == [1, 2]
    assert paths[1]["actors"] == ["person:delcy-rodriguez", "person:marco-rubio", "country:united-states"]
    for p in run_named(loaded, "paths", {"source": "person:marco-rubio", "target": "person:donald-trump",
                                         "max_hops": 4}).rows:
        assert len(set(p["actors"])) == len(p["actors"])  # simple paths only


def test_sanctions_merge_programs_per_pair(loaded):
    rows = run_named(loaded, "sanctions", {"target": "person:nicolas-maduro"}).rows
    assert len(rows) == 1
    assert sorted(rows[0]["programs"]) == ["VENEZUELA", "VENEZUELA-EO13692", "VENEZUELA-EO13850"]
    assert (rows[0]["statements"], rows[0]["first_date"], rows[0]["last_date"]) == (2, "2017-07-31",
                                                                                   "2018-01-05")
    by_prog = run_named(loaded, "sanctions", {"program": "eo13692"}).values("target")
    assert sorted(by_prog) == ["person:delcy-rodriguez", "person:nicolas-maduro"]
    assert run_named(loaded, "sanctions", {"types": "DESIGNATES"}).values("programs") == [["FTO"]]


def test_evidence_documents_and_co_mentions(loaded):
    ev = run_named(loaded, "relation_evidence", {"source": "organization:ofac",
                                                 "target": "person:nicolas-maduro"}).rows
    assert [e["locator"] for e in ev] == ["sdn.csv#22790", "sdn.csv#22790b"]
    one = run_named(loaded, "relation_evidence", {"id": ev[0]["id"]}).rows
    assert len(one) == 1 and one[0]["document_title"] == "SDN list extract"
    assert one[0]["id"] == ev[0]["id"] and one[0]["locator"] == ev[0]["locator"]
    other_source = {"id": ev[0]["id"], "source": "person:nicolas-maduro"}
    assert run_named(loaded, "relation_evidence", other_source).rows == []
    with pytest.raises(NotFound) as err:
        run_named(loaded, "relation_evidence", {"id": "rel:0000000000000000"})
    assert err.value.field == "id"
    docs = run_named(loaded, "actor_documents", {"actor": "person:nicolas-maduro"}).rows
    assert [d["published"] for d in docs] == ["2025-11-22", "2024-05-03"] and docs[0]["mentions"] == 2
    co = {r["id"]: r for r in run_named(loaded, "co_mentioned", {"actor": "person:delcy-rodriguez"}).rows}
    assert co["country:united-states"]["documents"] == 2 and co["country:united-states"]["related"] is True
    assert co["person:donald-trump"]["related"] is False


def test_relations_summary_and_most_connected(loaded):
    rows = run_named(loaded, "relations", {"types": "SANCTIONS", "since": "2018"}).rows
    assert [r["date"] for r in rows] == ["2018-09-25", "2018-01-05"]
    summary = {(r["type"], r["status"]): r for r in run_named(loaded, "relation_summary", {}).rows}
    assert summary[("SANCTIONS", "asserted")]["statements"] == 3
    assert summary[("SANCTIONS", "asserted")]["pairs"] == 2
    top = run_named(loaded, "most_connected", {"limit": 2}).rows
    assert top[0]["relations"] >= top[1]["relations"] >= 4


# -- the same answers on both engines -------------------------------------------------------------------
def _canonical(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6) if not math.isnan(value) else "nan"
    if isinstance(value, bool):
        return value
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True)) if items and isinstance(
            items[0], dict) else items
    return value


@pytest.mark.neo4j
def test_every_query_gives_the_same_rows_on_both_engines(falkordb_url, neo4j_url):
    falkor = open_store(falkordb_url, graph="cross_engine_named")
    neo = open_store(neo4j_url)
    try:
        for s in (falkor, neo):
            s.clear()
            graph_fixture.load(s)
        for name, q in named_queries().items():
            variants = [q.example, *[{**q.example, **extra} for extra in _EXTRA.get(name, [])]]
            for params in variants:
                a = run_named(falkor, name, params)
                b = run_named(neo, name, params)
                assert a.columns == b.columns, name
                assert _canonical(a.rows) == _canonical(b.rows), f"{name} {params}"
    finally:
        falkor.drop()  # type: ignore[attr-defined]
        falkor.close()
        neo.clear()
        neo.close()


_EXTRA: dict[str, list[dict[str, Any]]] = {
    "ego_network": [{"hops": 3, "statuses": "asserted,reported"}, {"hops": 1, "since": "2025"}],
    "paths": [{"source": "person:delcy-rodriguez", "target": "country:united-states", "max_hops": 3}],
    "actor_search": [{"text": "rodriguez"}, {"text": "s", "kind": "Country"}],
    "sanctions": [{"program": "13850"}],
    "relations": [{"actor": "person:delcy-rodriguez"}, {"until": "2018-06"}],
    "most_connected": [{"kind": "Person", "limit": 20}],
    "co_mentioned": [{"actor": "country:united-states"}],
    "actor_profile": [{"actor": "vessel:isolated-vessel"}],
}


def test_engine_variant_replaces_the_text_on_that_engine_only(tmp_path):
    from actorgraph.queries.named import load_queries

    (tmp_path / "pair.cypher").write_text("// name: pair\n// description: d\n// columns: [n]\nRETURN 1 AS n\n")
    (tmp_path / "pair.neo4j.cypher").write_text("// name: pair\nRETURN 2 AS n\n")
    q = load_queries(tmp_path)["pair"]
    assert q.text_for("falkordb") == "RETURN 1 AS n" and q.text_for("neo4j") == "RETURN 2 AS n"
    (tmp_path / "lonely.falkordb.cypher").write_text("RETURN 3 AS n\n")
    with pytest.raises(InvalidInput, match="without a base query"):
        load_queries(tmp_path)
    (tmp_path / "lonely.falkordb.cypher").unlink()
    (tmp_path / "wrong.cypher").write_text("// name: other\nRETURN 1\n")
    with pytest.raises(InvalidInput, match="its file is wrong.cypher"):
        load_queries(tmp_path)


def test_hop_bound_is_the_validated_parameter_not_a_filter_after_the_longest_expansion(tmp_path):
    """``length(p) <= $max_hops`` after ``[*1..4]`` expanded every 4-hop path even for max_hops=1."""
    from actorgraph.queries.named import load_queries

    paths, ego = get_query("paths"), get_query("ego_network")
    assert "[*1..2]" in paths.text_for("falkordb", {"max_hops": 2})
    assert "[*1..4]" in paths.text_for("neo4j", {})  # unset: the declared max
    assert "[*1..1]" in ego.text_for("falkordb", bind_params(ego, {"actor": "person:x", "hops": "1"}))
    with pytest.raises(InvalidInput, match="between 1 and 4"):
        paths.text_for("falkordb", {"max_hops": 9})
    (tmp_path / "bad.cypher").write_text("// name: bad\n// params:\n//   k: {type: string}\n"
                                         "MATCH p = ()-[*1..{hops:k}]-() RETURN p\n")
    with pytest.raises(InvalidInput, match="needs an int parameter 'k'"):
        load_queries(tmp_path)


def test_no_path_from_an_actor_to_itself(loaded):
    """shortest_path listed cycles back to the start on FalkorDB (Neo4j's allShortestPaths can refuse equal
    ends); both named path queries now answer no rows, on both engines."""
    for name in ("shortest_path", "paths"):
        rows = run_named(loaded, name, {"source": "person:donald-trump", "target": "Donald Trump"}).rows
        assert rows == [], name


def test_relation_evidence_needs_a_relation_or_an_end(loaded, tmp_path):
    """Without id, source or target the query matched nothing and said nothing (0 rows)."""
    from actorgraph.queries.named import load_queries

    for params in ({}, {"types": "MEETS_WITH"}, {"source": "  "}):
        with pytest.raises(InvalidInput, match="at least one of the parameters id, source, target") as err:
            run_named(loaded, "relation_evidence", params)
        assert err.value.field == "id"
    assert run_named(loaded, "relation_evidence", {"target": "person:donald-trump"}).rows
    (tmp_path / "bad.cypher").write_text("// name: bad\n// params:\n//   a: {type: string}\n// one_of: [a, b]\n"
                                         "RETURN $a AS a\n")
    with pytest.raises(InvalidInput, match="one_of names 'b'"):
        load_queries(tmp_path)


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", float("nan")])
def test_numbers_must_be_finite(value):
    """NaN passed the min/max checks (every comparison with it is false) and reached the engine as a
    Cypher syntax error; infinity is no confidence either."""
    with pytest.raises(InvalidInput, match="finite") as err:
        bind_params(get_query("relations"), {"min_confidence": value})
    assert err.value.field == "min_confidence"
