"""Find the graph in a query result, for drawing it.

Queries return graph values (nodes, relationships, paths) or plain columns. Both are understood:
actor ids (``person:...``) and relation ids (``rel:...``) anywhere in a row, ``source``/``type``/``target``
columns, and an ``actors`` list walked along a ``types`` list (as path queries return them). When a result
names actors but no relation at all, the relations among those actors are drawn.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from actorgraph.graph.registry import ontology
from actorgraph.graph.store import GraphStore, QueryResult
from actorgraph.queries.subgraph import (
    _ALL_ROWS,
    Subgraph,
    _actor_rows,
    _attach_attributors,
    _attach_documents,
    _edge_from_relationship,
    _sorted_edges,
    cap_subgraph,
    edges_among,
)

Triple = tuple[str, str, str]


@cache
def _actor_id_pattern() -> re.Pattern[str]:
    kinds = "|".join(re.escape(k.lower()) for k in ontology().actor_kinds)
    return re.compile(rf"^(?:{kinds}):\S+$")


class _Found:
    def __init__(self) -> None:
        self.actors: set[str] = set()
        self.rels: dict[str, dict[str, Any]] = {}
        self.rel_ids: set[str] = set()
        self.triples: set[Triple] = set()

    def scan(self, value: Any) -> None:
        o = ontology()
        if isinstance(value, str):
            if _actor_id_pattern().match(value):
                self.actors.add(value)
            elif value.startswith("rel:"):
                self.rel_ids.add(value)
        elif isinstance(value, list):
            for item in value:
                self.scan(item)
        elif isinstance(value, dict):
            if "_labels" in value:
                if o.actor_label in value["_labels"] and value.get("id"):
                    self.actors.add(value["id"])
            elif "_type" in value:
                if value["_type"] in o.relation_types and value.get("source") and value.get("target"):
                    key = value.get("id") or f"{value['source']}|{value['_type']}|{value['target']}"
                    self.rels.setdefault(key, value)
            elif "nodes" in value and "relationships" in value:
                self.scan(value["nodes"])
                self.scan(value["relationships"])
            else:
                self.scan(list(value.values()))

    def scan_row(self, row: dict[str, Any]) -> None:
        before = len(self.rels) + len(self.rel_ids)
        self.scan(list(row.values()))
        if len(self.rels) + len(self.rel_ids) > before:
            return  # the row names its relations; no need to guess them from columns
        types = ontology().relation_types
        src, rtype, dst = row.get("source"), row.get("type"), row.get("target")
        if isinstance(src, str) and isinstance(dst, str) and rtype in types:
            self.triples.add((src, rtype, dst))
        chain, chain_types = row.get("actors"), row.get("types")
        if (isinstance(chain, list) and isinstance(chain_types, list) and len(chain) == len(chain_types) + 1
                and all(isinstance(a, str) for a in chain)):
            for a, t, b in zip(chain, chain_types, chain[1:], strict=False):
                if t in types:
                    self.triples.add((a, t, b))


def _fetch_by_ids(store: GraphStore, rel_ids: set[str]) -> list[dict[str, Any]]:
    if not rel_ids:
        return []
    label = ontology().actor_label
    res = store.query(f"MATCH (:{label})-[r]->(:{label}) WHERE r.id IN $ids RETURN r AS r",
                      {"ids": sorted(rel_ids)}, max_rows=_ALL_ROWS)
    return [row["r"] for row in res.rows]


def _fetch_triples(store: GraphStore, triples: set[Triple]) -> list[dict[str, Any]]:
    """Every statement of ``type`` between the two actors, in either direction."""
    if not triples:
        return []
    label = ontology().actor_label
    rows = [{"a": a, "t": t, "b": b} for a, t, b in sorted(triples)]
    res = store.query(
        f"UNWIND $rows AS row MATCH (a:{label} {{id: row.a}})-[r]-(b:{label} {{id: row.b}}) "
        "WHERE type(r) = row.t RETURN DISTINCT r AS r", {"rows": rows}, max_rows=_ALL_ROWS)
    return [row["r"] for row in res.rows]


def collect_subgraph(store: GraphStore, result: QueryResult, max_nodes: int | None = None) -> Subgraph:
    found = _Found()
    for row in result.rows:
        found.scan_row(row)
    rels = dict(found.rels)
    for rel in _fetch_by_ids(store, found.rel_ids - set(rels)) + _fetch_triples(store, found.triples):
        rels.setdefault(rel.get("id") or f"{rel['source']}|{rel['_type']}|{rel['target']}", rel)
    edges = [_edge_from_relationship(r) for r in rels.values()]
    ids = found.actors | {e["source"] for e in edges} | {e["target"] for e in edges}
    nodes = _actor_rows(store, sorted(ids))
    known = {n["id"] for n in nodes}
    if not edges and len(known) > 1:
        edges, _ = edges_among(store, sorted(known))
    edges = [e for e in edges if e["source"] in known and e["target"] in known]
    sub = Subgraph(sorted(nodes, key=lambda n: n["id"]), _sorted_edges(edges),
                   truncated_rows=len(result.rows) if result.truncated else None)
    if max_nodes is not None:
        sub = cap_subgraph(sub, max_nodes)
    _attach_documents(store, sub.edges)
    _attach_attributors(store, sub.edges, sub.nodes)
    return sub
