"""Graph analytics with networkx: conversion, centrality, communities and cooperation/conflict balance.

``to_networkx`` gives a ``MultiDiGraph`` with one edge per statement (keyed by relation id) and every
stored property, so analysts can continue in networkx; the measures run on a simple undirected
projection where parallel statements add up as weight.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from actorgraph.graph.registry import RelationClass, RelationStatus, ontology
from actorgraph.graph.store import GraphStore, QueryResult

BETWEENNESS_BUDGET = 5_000_000
"""Node+edge visits allowed for betweenness (one BFS per source costs actors + ties). Within it the
measure is exact; above it is estimated from ``budget / (actors + ties)`` sampled sources (at least
``BETWEENNESS_MIN_SAMPLE``), seeded so runs repeat. About 10-20 s of pure-Python work on the benchmark box."""
BETWEENNESS_MIN_SAMPLE = 16
MEASURES = ("degree", "betweenness", "pagerank")
FACT_STATUSES = (RelationStatus.ASSERTED.value, RelationStatus.REPORTED.value, RelationStatus.ALLEGED.value)
"""Statuses counted as something having happened (denied, hypothetical and negated are not)."""
UNBOUNDED = 1_000_000_000


def _node_attrs(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if v is not None}


def _is_node(value: Any) -> bool:
    return isinstance(value, dict) and "_labels" in value and "id" in value


def _is_rel(value: Any) -> bool:
    return isinstance(value, dict) and "_type" in value


def graph_from_values(values: Iterable[Any], graph: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """Add every node, relationship and path found (also inside lists) in ``values`` to a MultiDiGraph."""
    g = graph if graph is not None else nx.MultiDiGraph()
    stack = list(values)
    rels = []
    while stack:
        v = stack.pop()
        if _is_node(v):
            g.add_node(v["id"], **_node_attrs(v))
        elif _is_rel(v):
            rels.append(v)
        elif isinstance(v, dict) and "nodes" in v and "relationships" in v:
            stack.extend(v["nodes"])
            stack.extend(v["relationships"])
        elif isinstance(v, list):
            stack.extend(v)
    for r in rels:
        source, target = r.get("source"), r.get("target")
        if source is None or target is None:
            continue  # MENTIONS edges carry no endpoint ids; to_networkx(include_documents=True) adds them
        key = r.get("id") or f"{source}|{r['_type']}|{target}"
        g.add_edge(source, target, key=key, type=r["_type"], **_node_attrs(
            {k: v for k, v in r.items() if k != "_type"}))
    return g


def result_to_networkx(result: QueryResult) -> nx.MultiDiGraph:
    """The actors and relations a query returned (nodes, relationships or paths, any column)."""
    return graph_from_values(row[c] for row in result.rows for c in result.columns)


def to_networkx(store: GraphStore, *, include_documents: bool = False, properties: bool = True) -> nx.MultiDiGraph:
    """The whole graph: actors, one edge per statement, optionally documents with MENTIONS edges.

    ``properties=False`` reads only what the measures need (actor name and kind; relation type, status
    and date), several times faster on large graphs.
    """
    o = ontology()
    g = nx.MultiDiGraph()
    if not properties:
        for row in store.query(f"MATCH (a:{o.actor_label}) RETURN a.id AS id, a.name AS name, a.kind AS kind",
                               max_rows=UNBOUNDED).rows:
            g.add_node(row["id"], name=row["name"], kind=row["kind"], _labels=[o.actor_label, row["kind"]])
        res = store.query(f"MATCH (a:{o.actor_label})-[r]->(b:{o.actor_label}) RETURN a.id AS s, b.id AS t, "
                          "r.id AS id, type(r) AS type, r.status AS status, r.date AS date", max_rows=UNBOUNDED)
        for row in res.rows:
            g.add_edge(row["s"], row["t"], key=row["id"], type=row["type"], status=row["status"],
                       date=row["date"])
        return g
    for a in store.query(f"MATCH (a:{o.actor_label}) RETURN a", max_rows=UNBOUNDED).values("a"):
        g.add_node(a["id"], **_node_attrs(a))
    rels = store.query(f"MATCH (:{o.actor_label})-[r]->(:{o.actor_label}) RETURN r", max_rows=UNBOUNDED)
    graph_from_values(rels.values("r"), g)
    if include_documents:
        for d in store.query(f"MATCH (d:{o.document_label}) RETURN d", max_rows=UNBOUNDED).values("d"):
            g.add_node(d["id"], **_node_attrs(d))
        res = store.query(f"MATCH (d:{o.document_label})-[m:{o.mentions_type}]->(a:{o.actor_label}) "
                          "RETURN d.id AS d, a.id AS a, m.count AS count", max_rows=UNBOUNDED)
        for row in res.rows:
            g.add_edge(row["d"], row["a"], key=f"mention:{row['d']}|{row['a']}", type=o.mentions_type,
                       count=row["count"])
    return g


def fact_graph(g: nx.MultiDiGraph, statuses: Iterable[str] = FACT_STATUSES) -> nx.Graph:
    """Undirected simple graph of actors; edge weight = number of statements between the pair."""
    keep = set(statuses)
    fact_types = set(ontology().fact_types())
    simple = nx.Graph()
    simple.add_nodes_from(n for n, d in g.nodes(data=True) if "Document" not in d.get("_labels", []))
    for a, b, d in g.edges(data=True):
        if d.get("type") in fact_types and d.get("status", "asserted") in keep and a != b:
            w = simple[a][b]["weight"] + 1 if simple.has_edge(a, b) else 1
            simple.add_edge(a, b, weight=w)
    return simple


def centrality(g: nx.MultiDiGraph, measures: Iterable[str] = MEASURES, seed: int = 0) -> dict[str, dict[str, float]]:
    """Scores by measure: ``degree`` (normalised), ``betweenness`` (sampled above a size), ``pagerank``."""
    simple = fact_graph(g)
    out: dict[str, dict[str, float]] = {}
    for m in measures:
        if m == "degree":
            out[m] = nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)
        elif m == "betweenness":
            out[m] = nx.betweenness_centrality(simple, k=betweenness_sample(simple), seed=seed)
        elif m == "pagerank":
            out[m] = nx.pagerank(simple, weight="weight") if len(simple) else {}
        else:
            raise ValueError(f"unknown measure {m!r}; known: {', '.join(MEASURES)}")
    return out


def betweenness_sample(simple: nx.Graph, budget: int = BETWEENNESS_BUDGET) -> int | None:
    """How many BFS sources to sample for betweenness, or None for the exact measure."""
    cost = simple.number_of_nodes() + simple.number_of_edges()
    if simple.number_of_nodes() * cost <= budget:
        return None
    return min(simple.number_of_nodes(), max(BETWEENNESS_MIN_SAMPLE, budget // max(cost, 1)))


def top(scores: dict[str, float], n: int) -> list[tuple[str, float]]:
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def communities(g: nx.MultiDiGraph, seed: int = 0, resolution: float = 1.0) -> list[set[str]]:
    """Louvain communities of connected actors, largest first (isolated actors are left out)."""
    simple = fact_graph(g)
    simple.remove_nodes_from([n for n in list(simple) if simple.degree(n) == 0])
    if not simple:
        return []
    found = nx.community.louvain_communities(simple, weight="weight", resolution=resolution, seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(c)[0]))


def _period(date: str | None, by: str) -> str | None:
    if not date:
        return None
    return date[:7] if by == "month" else date[:4]


def relation_balance(g: nx.MultiDiGraph, by: str = "year", statuses: Iterable[str] = FACT_STATUSES,
                     actor: str | None = None) -> list[dict[str, Any]]:
    """Cooperation vs conflict statements for each actor pair and period (``month`` or ``year``).

    ``balance`` = (cooperation - conflict) / (cooperation + conflict), from -1 (all conflict) to 1.
    Pairs are unordered (``a`` < ``b``); undated statements fall in period ``None``.
    """
    if by not in {"month", "year"}:
        raise ValueError("by must be 'month' or 'year'")
    keep = set(statuses)
    types = ontology().relation_types
    counts: dict[tuple[str, str, str | None], Counter[str]] = defaultdict(Counter)
    for s, t, d in g.edges(data=True):
        rtype = types.get(d.get("type", ""))
        if rtype is None or rtype.relation_class not in (RelationClass.COOPERATION, RelationClass.CONFLICT):
            continue
        if d.get("status", "asserted") not in keep or s == t:
            continue
        if actor is not None and actor not in (s, t):
            continue
        a, b = sorted((s, t))
        counts[(a, b, _period(d.get("date"), by))][rtype.relation_class.value] += 1
    rows = []
    for (a, b, period), c in counts.items():
        coop, conf = c["cooperation"], c["conflict"]
        rows.append({"a": a, "a_name": g.nodes[a].get("name", a), "b": b, "b_name": g.nodes[b].get("name", b),
                     "period": period, "cooperation": coop, "conflict": conf,
                     "balance": round((coop - conf) / (coop + conf), 4)})
    rows.sort(key=lambda r: (r["a"], r["b"], r["period"] is None, r["period"] or ""))
    return rows
