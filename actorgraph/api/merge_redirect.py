"""Ids absorbed by entity-resolution merges keep answering (``queries.merged_ids``); here, how the API says so."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from actorgraph.errors import NotFound
from actorgraph.graph.store import GraphStore
from actorgraph.queries.merged_ids import actor_or_successor


@dataclass
class FoundActor:
    node: dict[str, Any]
    asked: str
    merge_ids: list[str] = field(default_factory=list)

    @property
    def redirected_from(self) -> str | None:
        return self.asked if self.merge_ids else None


def lookup_actor(store: GraphStore, actor_id: str) -> FoundActor:
    """The actor with this id, or the one a chain of active merges folded it into; NotFound otherwise."""
    found = actor_or_successor(store, actor_id)
    if found is None:
        raise NotFound(f"no actor with id {actor_id!r}", field="actor_id")
    return FoundActor(found[0], actor_id, found[1])


def canonical_headers(prefix: str, lookup: FoundActor, suffix: str = "") -> dict[str, str]:
    """``Content-Location`` and ``Link: rel=canonical`` naming the kept actor's own URL, after a redirect."""
    if lookup.redirected_from is None:
        return {}
    url = f"{prefix}/{quote(str(lookup.node['id']), safe=':')}{suffix}"
    return {"Content-Location": url, "Link": f'<{url}>; rel="canonical"'}
