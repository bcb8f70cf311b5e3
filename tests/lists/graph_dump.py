"""A canonical, engine-independent dump of a stored graph, for before/after comparisons."""

from __future__ import annotations

import json
from typing import Any

from actorgraph.graph.store import GraphStore
from actorgraph.loaders.merge import merge_label


def _canon(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _canon(v) for k, v in sorted(value.items()) if v is not None}
    if isinstance(value, list):
        return [_canon(v) for v in value]
    return value


def dump_graph(store: GraphStore) -> tuple[list[str], list[str]]:
    """(nodes, edges) as sorted JSON strings; merge records are bookkeeping and left out."""
    skip = merge_label()
    nodes = store.query("MATCH (n) RETURN n", max_rows=1_000_000).values("n")
    edges = store.query("MATCH (a)-[r]->(b) RETURN a.id AS a, r AS r, b.id AS b", max_rows=1_000_000).rows
    node_dump = sorted(json.dumps(_canon(n), sort_keys=True) for n in nodes if skip not in n["_labels"])
    edge_dump = sorted(json.dumps(_canon(e), sort_keys=True) for e in edges)
    return node_dump, edge_dump
