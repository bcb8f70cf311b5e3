"""Undoing a merge (see merge.py): the absorbed actor, its edges and the kept actor's names come back as they
were, in one transaction. Undo is last-in first-out per actor."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from actorgraph.errors import InvalidInput, NotFound
from actorgraph.graph.cypher import Statement
from actorgraph.graph.registry import ontology
from actorgraph.graph.store import GraphStore
from actorgraph.loaders.merge import (
    NAME_LISTS,
    WRITE_TIMEOUT_S,
    EdgeOps,
    MergeRecord,
    check_labels,
    edge_endpoints,
    edge_keys,
    edge_type,
    merge_label,
    merge_record,
    node_label,
)


def _check_later_merges(store: GraphStore, rec: MergeRecord, undo: dict[str, Any]) -> None:
    """Undo is last-in first-out per actor: every actor the recorded edges touch must still exist."""
    later = store.query(f"MATCH (m:{merge_label()}) WHERE m.absorbed = $id AND m.status = 'active' "
                        "AND m.created_at > $t RETURN m.id AS id", {"id": rec.absorbed, "t": rec.created_at}
                        ).values("id")
    if later:
        raise InvalidInput(f"{rec.absorbed} was merged again later; undo {', '.join(later)} first",
                           field="merge_id")
    label = ontology().actor_label
    others = {e["other"] for e in undo["edges"] if e["other_label"] == label} - {rec.absorbed, rec.canonical}
    if not others:
        return
    found = set(store.query(f"MATCH (a:{label}) WHERE a.id IN $ids RETURN a.id AS id", {"ids": sorted(others)},
                            max_rows=len(others)).values("id"))
    missing = sorted(others - found)
    if missing:
        later = store.query(f"MATCH (m:{merge_label()}) WHERE m.absorbed IN $ids AND m.status = 'active' "
                            "RETURN m.id AS id", {"ids": missing}).values("id")
        hint = f"undo {', '.join(later)} first" if later else "they were deleted"
        raise InvalidInput(f"merge {rec.id} touches actors that no longer exist ({', '.join(missing[:3])}); "
                           f"{hint}", field="merge_id")


def _names_without_merge(store: GraphStore, canonical: str, before: dict[str, Any], added: dict[str, list[str]]
                         ) -> dict[str, Any]:
    """The kept actor's name lists minus what the merge added, keeping anything added since (e.g. by a
    newer list snapshot)."""
    now = store.query(f"MATCH (a:{ontology().actor_label} {{id: $id}}) RETURN a.aliases AS aliases, "
                      "a.external_ids AS external_ids, a.search_names AS search_names",
                      {"id": canonical}).rows[0]
    kept = {k: [v for v in now.get(k) or [] if v not in set(added.get(k, []))] for k in NAME_LISTS}
    unchanged = all(kept[k] == list(before.get(k) or []) for k in NAME_LISTS)
    text = before.get("search_text") if unchanged else " ".join(kept["search_names"])
    return {"aliases": kept["aliases"], "ext": kept["external_ids"], "search": kept["search_names"], "text": text}


def undo_merge(store: GraphStore, merge_id: str) -> MergeRecord:
    """Restore the graph as it was before merge ``merge_id``: the absorbed actor, its edges and the
    canonical actor's names. Later merges involving these actors must be undone first."""
    rows = store.query(f"MATCH (m:{merge_label()} {{id: $id}}) RETURN m", {"id": merge_id}).rows
    if not rows:
        raise NotFound(f"no merge {merge_id!r}")
    rec, undo = merge_record(rows[0]), json.loads(rows[0]["m"]["undo"])
    if rec.status != "active":
        raise InvalidInput(f"merge {merge_id} was already undone", field="merge_id")
    label = ontology().actor_label
    present = set(store.query(f"MATCH (a:{label}) WHERE a.id IN $ids RETURN a.id AS id",
                              {"ids": [rec.canonical, rec.absorbed]}).values("id"))
    if rec.canonical not in present:
        raise InvalidInput(f"actor {rec.canonical} was merged again later; undo that merge first", field="merge_id")
    _check_later_merges(store, rec, undo)
    # The absorbed id may exist again (its article was loaded again, and a later merge of it was undone):
    # then its node stays as it is now, recorded edges it already has are not made twice, and an edge the
    # merge moved that the canonical actor no longer has (replaced by the newer load) is not brought back.
    back = rec.absorbed in present
    has_now = edge_keys(store, rec.absorbed) if back else set()
    canonical_now = edge_keys(store, rec.canonical) if back else set()
    ops = EdgeOps()
    for edge in undo["edges"]:
        edge["type"] = edge_type(edge["type"])
        edge["other_label"] = node_label([edge["other_label"]])
        now_edge = {**edge, "other": rec.canonical if edge["other"] == rec.absorbed else edge["other"]}
        key = (edge["type"], edge["dir"], edge["other"], edge["props"].get("id"))
        if edge["outcome"] == "moved":
            if back and (edge["type"], edge["dir"], now_edge["other"], key[3]) not in canonical_now:
                continue
            ops.delete(now_edge, *edge_endpoints(now_edge, rec.canonical))
        elif edge["outcome"] == "added":
            ops.set_count(edge, *edge_endpoints(edge, rec.canonical), edge["prior_count"], "set")
        if key not in has_now:
            ops.create(edge, *edge_endpoints(edge, rec.absorbed), edge["props"])
    labels = ":".join(check_labels(undo["absorbed_labels"]))
    names = _names_without_merge(store, rec.canonical, undo["canonical_before"], undo["canonical_added"])
    # FalkorDB (4.x) can crash on a query that deletes an edge after creating one: deletions go first.
    node = [] if back else [Statement(f"CREATE (a:{labels}) SET a += $props", {"props": undo["absorbed_props"]})]
    statements = [*ops.removals(), *node,
                  Statement(f"MATCH (a:{label} {{id: $id}}) SET a.aliases = $aliases, a.external_ids = $ext, "
                            "a.search_names = $search, a.search_text = $text",
                            {"id": rec.canonical, **names}),
                  *ops.creations()]
    if undo["attributed"]:
        statements.append(Statement(
            "MATCH ()-[r]->() WHERE r.id IN $ids AND r.attributed_to = $new SET r.attributed_to = $old",
            {"ids": undo["attributed"], "new": rec.canonical, "old": rec.absorbed}))
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    statements.append(Statement(f"MATCH (m:{merge_label()} {{id: $id}}) SET m.status = 'undone', "
                                "m.undone_at = $now", {"id": merge_id, "now": now}))
    store._write(statements, max(store.timeout_s, WRITE_TIMEOUT_S))
    rec.status, rec.undone_at = "undone", now
    return rec
