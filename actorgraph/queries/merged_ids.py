"""Ids absorbed by entity-resolution merges keep working: they lead to the actor that absorbed them.

A merge deletes the absorbed node, but its record (``labels.merge``) keeps the id. A lookup that misses
follows the newest active record for that id, then again if the kept actor was itself absorbed later
(a news actor into an OpenSanctions record into an OFAC listing). The API answers such ids with the kept
actor and says so; the CLI, named queries and views accept them too.
"""

from __future__ import annotations

from typing import Any

from actorgraph.graph.registry import ontology
from actorgraph.graph.store import GraphStore

MAX_HOPS = 32  # merge chains are short; this only guards against a corrupt cycle of records


def get_actor(store: GraphStore, actor_id: str) -> dict[str, Any] | None:
    """The actor node with exactly this id, or None."""
    node: dict[str, Any] | None = store.query(f"MATCH (a:{ontology().actor_label} {{id: $id}}) RETURN a",
                                              {"id": actor_id}, max_rows=1).single()
    return node


def _absorbed_into(store: GraphStore, actor_id: str) -> tuple[str, str] | None:
    """(merge id, kept actor id) of the newest active merge that absorbed ``actor_id``."""
    rows = store.query(f"MATCH (m:{ontology().merge_label}) WHERE m.absorbed = $id AND m.status = 'active' "
                       "RETURN m.id AS id, m.canonical AS canonical ORDER BY m.created_at DESC, m.id DESC LIMIT 1",
                       {"id": actor_id}, max_rows=1).rows
    return (rows[0]["id"], rows[0]["canonical"]) if rows else None


def actor_or_successor(store: GraphStore, actor_id: str) -> tuple[dict[str, Any], list[str]] | None:
    """The actor node with this id and no merge ids; else the node a chain of active merges folded it
    into, with the ids of those merges in order; None when neither exists."""
    node = get_actor(store, actor_id)
    if node is not None:
        return node, []
    current, merges, seen = actor_id, [], {actor_id}
    for _ in range(MAX_HOPS):
        step = _absorbed_into(store, current)
        if step is None or step[1] in seen:
            return None
        merges.append(step[0])
        current = step[1]
        seen.add(current)
        node = get_actor(store, current)
        if node is not None:
            return node, merges
    return None
