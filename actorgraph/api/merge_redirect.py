"""Ids absorbed by entity-resolution merges keep answering: they lead to the actor that absorbed them.

A merge deletes the absorbed node but its record (``labels.merge``) keeps the id; a lookup that misses
follows the newest active record for that id, then again if the kept actor was itself absorbed later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from actorgraph.errors import NotFound
from actorgraph.graph.registry import ontology
from actorgraph.graph.store import GraphStore

MAX_HOPS = 32  # merge chains are short; this only guards against a corrupt cycle of records


@dataclass
class FoundActor:
    node: dict[str, Any]
    asked: str
    merge_ids: list[str] = field(default_factory=list)

    @property
    def redirected_from(self) -> str | None:
        return self.asked if self.merge_ids else None


def _node(store: GraphStore, actor_id: str) -> dict[str, Any] | None:
    node: dict[str, Any] | None = store.query(f"MATCH (a:{ontology().actor_label} {{id: $id}}) RETURN a",
                                              {"id": actor_id}, max_rows=1).single()
    return node


def _absorbed_into(store: GraphStore, actor_id: str) -> tuple[str, str] | None:
    """(merge id, kept actor id) of the newest active merge that absorbed ``actor_id``."""
    rows = store.query(f"MATCH (m:{ontology().merge_label}) WHERE m.absorbed = $id AND m.status = 'active' "
                       "RETURN m.id AS id, m.canonical AS canonical ORDER BY m.created_at DESC, m.id DESC LIMIT 1",
                       {"id": actor_id}, max_rows=1).rows
    return (rows[0]["id"], rows[0]["canonical"]) if rows else None


def lookup_actor(store: GraphStore, actor_id: str) -> FoundActor:
    """The actor with this id, or the one a chain of active merges folded it into; NotFound otherwise."""
    node = _node(store, actor_id)
    if node is not None:
        return FoundActor(node, actor_id)
    current, merges, seen = actor_id, [], {actor_id}
    for _ in range(MAX_HOPS):
        step = _absorbed_into(store, current)
        if step is None or step[1] in seen:
            break
        merges.append(step[0])
        current = step[1]
        seen.add(current)
        node = _node(store, current)
        if node is not None:
            return FoundActor(node, actor_id, merges)
    raise NotFound(f"no actor with id {actor_id!r}", field="actor_id")


def canonical_headers(prefix: str, lookup: FoundActor, suffix: str = "") -> dict[str, str]:
    """``Content-Location`` and ``Link: rel=canonical`` naming the kept actor's own URL, after a redirect."""
    if lookup.redirected_from is None:
        return {}
    url = f"{prefix}/{quote(str(lookup.node['id']), safe=':')}{suffix}"
    return {"Content-Location": url, "Link": f'<{url}>; rel="canonical"'}
