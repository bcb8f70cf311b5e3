"""Merging two actor nodes into one, reversibly.

The canonical actor keeps its id; the absorbed actor's edges (relations both ways, document mentions) move to
it, its name, aliases and external ids become the canonical actor's aliases, and the absorbed node is deleted.
A merge record node (label ``labels.merge`` in ontology.yaml) keeps everything needed to undo it: the absorbed
node's labels and properties, the canonical node's previous name lists, every moved edge with its original
endpoints and properties, and the edges whose ``attributed_to`` was rewritten. Everything happens in one
transaction. Undoing one is in merge_undo.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from actorgraph.errors import InvalidInput, NotFound
from actorgraph.graph.cypher import Statement
from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import ontology
from actorgraph.graph.store import GraphStore

NAME_LISTS = ("aliases", "external_ids", "search_names")
WRITE_TIMEOUT_S = 120.0


def merge_label() -> str:
    return ontology().merge_label


def edge_type(name: str) -> str:
    o = ontology()
    if name == o.mentions_type:
        return name
    return o.relation_type(name).name


def node_label(labels: list[str]) -> str:
    o = ontology()
    return o.document_label if o.document_label in labels else o.actor_label


def check_labels(labels: list[str]) -> list[str]:
    allowed = ontology().all_labels()
    bad = [lb for lb in labels if lb not in allowed]
    if bad:
        raise InvalidInput(f"merge record holds unknown labels {bad}", field="labels")
    return labels


@dataclass
class MergeRecord:
    id: str
    canonical: str
    absorbed: str
    absorbed_name: str
    score: float
    reason: str
    status: str
    created_at: str
    undone_at: str | None = None
    edges_moved: int = 0


def _props(value: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in value.items() if not k.startswith("_")}


def _edges(store: GraphStore, actor_id: str) -> list[dict[str, Any]]:
    label = ontology().actor_label
    out = store.query(f"MATCH (a:{label} {{id: $id}})-[r]->(b) "
                      "RETURN type(r) AS type, r AS rel, b.id AS other, labels(b) AS other_labels",
                      {"id": actor_id}, max_rows=1_000_000).rows
    inc = store.query(f"MATCH (b)-[r]->(a:{label} {{id: $id}}) "
                      "RETURN type(r) AS type, r AS rel, b.id AS other, labels(b) AS other_labels",
                      {"id": actor_id}, max_rows=1_000_000).rows
    edges = []
    for direction, rows in (("out", out), ("in", inc)):
        for row in rows:
            if direction == "in" and row["other"] == actor_id:
                continue  # a self-loop was already listed as outgoing
            edges.append({"type": edge_type(row["type"]), "dir": direction, "other": row["other"],
                          "other_label": node_label(row["other_labels"]), "props": _props(row["rel"])})
    return edges


def edge_keys(store: GraphStore, actor_id: str) -> set[tuple[str, str, str, Any]]:
    return {(e["type"], e["dir"], e["other"], e["props"].get("id")) for e in _edges(store, actor_id)}


def edge_endpoints(edge: dict[str, Any], me: str) -> tuple[str, str]:
    return (me, edge["other"]) if edge["dir"] == "out" else (edge["other"], me)


def _labels(edge: dict[str, Any]) -> tuple[str, str]:
    a_label = ontology().actor_label
    return (a_label, edge["other_label"]) if edge["dir"] == "out" else (edge["other_label"], a_label)


class EdgeOps:
    """Edge deletions, count updates and creations, batched as one UNWIND statement per edge type and
    endpoint labels (an actor with hundreds of edges still makes a handful of statements)."""

    COUNT_EXPR = {"add": "r.count + row.n", "max": "CASE WHEN r.count > row.n THEN r.count ELSE row.n END",
                  "set": "row.n"}

    def __init__(self) -> None:
        self.deletes: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        self.counts: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
        self.creates: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)

    def delete(self, edge: dict[str, Any], src: str, dst: str) -> None:
        self.deletes[(edge["type"], *_labels(edge))].append({"src": src, "dst": dst, "rid": edge["props"].get("id")})

    def set_count(self, edge: dict[str, Any], src: str, dst: str, n: int, mode: str) -> None:
        self.counts[(edge["type"], *_labels(edge), mode)].append({"src": src, "dst": dst, "n": n})

    def create(self, edge: dict[str, Any], src: str, dst: str, props: dict[str, Any]) -> None:
        self.creates[(edge["type"], *_labels(edge))].append({"src": src, "dst": dst, "props": props})

    @staticmethod
    def _match(rtype: str, src_label: str, dst_label: str) -> str:
        return f"UNWIND $rows AS row MATCH (x:{src_label} {{id: row.src}})-[r:{rtype}]->(y:{dst_label} {{id: row.dst}}) "

    def removals(self) -> list[Statement]:
        out = [Statement(self._match(*key) + "WHERE row.rid IS NULL OR r.id = row.rid DELETE r", {"rows": rows})
               for key, rows in self.deletes.items()]
        out += [Statement(self._match(*key[:3]) + f"SET r.count = {self.COUNT_EXPR[key[3]]}", {"rows": rows})
                for key, rows in self.counts.items()]
        return out

    def creations(self) -> list[Statement]:
        return [Statement(f"UNWIND $rows AS row MATCH (x:{src} {{id: row.src}}) MATCH (y:{dst} {{id: row.dst}}) "
                          f"CREATE (x)-[r:{rtype}]->(y) SET r += row.props", {"rows": rows})
                for (rtype, src, dst), rows in self.creates.items()]


def merge_actors(store: GraphStore, canonical: str, absorbed: str, score: float, reason: str,
                 repeat: bool = False) -> MergeRecord:
    """Fold actor ``absorbed`` into ``canonical`` and record how to undo it.

    Mention counts of a document that mentions both add up; with ``repeat`` (the absorbed id was merged
    into this actor before, e.g. its article was ingested again) the larger count is kept instead, so a
    re-ingested article does not count its mentions twice."""
    if canonical == absorbed:
        raise InvalidInput("cannot merge an actor into itself", field="absorbed")
    label = ontology().actor_label
    nodes = {r["a"]["id"]: r["a"] for r in store.query(
        f"MATCH (a:{label}) WHERE a.id IN $ids RETURN a", {"ids": [canonical, absorbed]}).rows}
    for aid in (canonical, absorbed):
        if aid not in nodes:
            raise NotFound(f"actor {aid!r} does not exist")
    canon, gone = nodes[canonical], nodes[absorbed]
    canon_edges = _edges(store, canonical)
    existing = {(e["type"], e["dir"], e["other"], e["props"].get("id")): e for e in canon_edges}
    moved: list[dict[str, Any]] = []
    ops = EdgeOps()
    for edge in _edges(store, absorbed):
        other = canonical if edge["other"] == absorbed else edge["other"]
        record = dict(edge)
        new_props = dict(edge["props"])
        for end in ("source", "target"):
            if new_props.get(end) == absorbed:
                new_props[end] = canonical
        twin = existing.get((edge["type"], edge["dir"], other, edge["props"].get("id")))
        if other == canonical:
            record["outcome"] = "dropped"  # a statement between the two halves of one actor
        elif edge["type"] == ontology().mentions_type and twin is not None:
            record["outcome"], record["prior_count"] = "added", twin["props"].get("count", 0)
            ops.set_count(edge, *edge_endpoints(edge, canonical), edge["props"].get("count", 0),
                          "max" if repeat else "add")
        elif twin is not None:
            record["outcome"] = "collapsed"  # the same statement is already on the canonical actor
        else:
            record["outcome"] = "moved"
            ops.create({**edge, "other": other}, *edge_endpoints({**edge, "other": other}, canonical), new_props)
        moved.append(record)
    # Deletion first: FalkorDB (4.x) can crash on a query that deletes after it has created edges.
    statements = [Statement(f"MATCH (a:{label} {{id: $id}}) DETACH DELETE a", {"id": absorbed}),
                  *ops.removals(), *ops.creations()]
    attributed = store.query("MATCH ()-[r]->() WHERE r.attributed_to = $id RETURN r.id AS id",
                             {"id": absorbed}, max_rows=1_000_000).values("id")
    if attributed:
        statements.append(Statement("MATCH ()-[r]->() WHERE r.attributed_to = $old SET r.attributed_to = $new",
                                    {"old": absorbed, "new": canonical}))
    before = {k: canon.get(k) for k in (*NAME_LISTS, "search_text")}
    new_names = [gone["name"], *(gone.get("aliases") or [])]
    aliases = list(canon.get("aliases") or [])
    aliases += [n for n in new_names if n != canon["name"] and n not in aliases]
    external = list(canon.get("external_ids") or [])
    external += [x for x in gone.get("external_ids") or [] if x not in external]
    search = list(canon.get("search_names") or [])
    search += [s for s in [*(gone.get("search_names") or []), *map(normalize_name, new_names)] if s not in search]
    statements.append(Statement(
        f"MATCH (a:{label} {{id: $id}}) SET a.aliases = $aliases, a.external_ids = $ext, "
        "a.search_names = $search, a.search_text = $text",
        {"id": canonical, "aliases": aliases, "ext": external, "search": search, "text": " ".join(search)}))
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    merge_id = "merge:" + hashlib.sha1(f"{canonical}|{absorbed}|{now}|{len(moved)}".encode()).hexdigest()[:16]
    added = {"aliases": aliases[len(canon.get("aliases") or []):],
             "external_ids": external[len(canon.get("external_ids") or []):],
             "search_names": search[len(canon.get("search_names") or []):]}
    undo = {"absorbed_labels": gone["_labels"], "absorbed_props": _props(gone), "canonical_before": before,
            "canonical_added": added, "edges": moved, "attributed": attributed}
    rec = MergeRecord(merge_id, canonical, absorbed, gone["name"], float(score), reason, "active", now,
                      edges_moved=len(moved))
    statements.append(Statement(
        f"CREATE (m:{merge_label()}) SET m += $props",
        {"props": {**{k: v for k, v in rec.__dict__.items() if v is not None},
                   "undo": json.dumps(undo, ensure_ascii=False)}}))
    store._write(statements, max(store.timeout_s, WRITE_TIMEOUT_S))  # one transaction
    return rec


def merge_record(row: dict[str, Any]) -> MergeRecord:
    m = row["m"]
    return MergeRecord(**{k: m.get(k) for k in MergeRecord.__dataclass_fields__ if k in m})


def merge_details(store: GraphStore, merge_id: str) -> dict[str, Any]:
    """A merge record with a summary of what it moved: edges by type and outcome, the absorbed actor."""
    rows = store.query(f"MATCH (m:{merge_label()} {{id: $id}}) RETURN m", {"id": merge_id}).rows
    if not rows:
        raise NotFound(f"no merge {merge_id!r}")
    rec, undo = merge_record(rows[0]), json.loads(rows[0]["m"]["undo"])
    counts: dict[str, int] = defaultdict(int)
    for edge in undo["edges"]:
        counts[f"{edge['type']} ({edge['dir']}, {edge['outcome']})"] += 1
    return {**rec.__dict__, "absorbed_actor": undo["absorbed_props"], "edges": dict(sorted(counts.items())),
            "attributions_rewritten": len(undo["attributed"]), "names_added": undo.get("canonical_added", {})}


def list_merges(store: GraphStore, include_undone: bool = True) -> list[MergeRecord]:
    where = "" if include_undone else "WHERE m.status = 'active' "
    rows = store.query(f"MATCH (m:{merge_label()}) {where}RETURN m ORDER BY m.created_at, m.id",
                       max_rows=1_000_000).rows
    return [merge_record(r) for r in rows]
