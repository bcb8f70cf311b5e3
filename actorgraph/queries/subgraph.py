"""Subgraphs for the network views: the whole graph, an actor's neighbourhood, or what a query returned.

Every function returns a :class:`Subgraph` of plain dicts (actors with their degree; one edge per relation
statement, with the evidence document's title and link and
the name of whoever it is attributed to). Internal ``MENTIONS`` edges never appear;
``SAME_AS`` links do. Above ``max_nodes`` the most connected actors are kept and ``omitted`` says what was
left out. The Cypher here is plain enough to run on FalkorDB and Neo4j alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from actorgraph.errors import InvalidInput
from actorgraph.graph.registry import ontology
from actorgraph.graph.store import GraphStore, QueryResult

MAX_HOPS = 6
DEFAULT_MAX_NODES = 1500
DEFAULT_MAX_EDGES = 5_000  # statements drawn around one actor; hubs hold tens of thousands
_ALL_ROWS = 50_000_000  # row cap for internal reads whose size is already bounded by the node cap
_EDGE_KEYS = ("id", "source", "target", "date", "end_date", "status", "attributed_to", "confidence",
              "doc_id", "sentence", "start", "end", "locator")


@dataclass
class Subgraph:
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    omitted: dict[str, int] = field(default_factory=lambda: {"nodes": 0, "edges": 0})
    # The query behind the view stopped at this row cap, so actors and relations may be missing.
    truncated_rows: int | None = None
    # Which actors a node cap keeps: "most_connected", or "nearest" (an actor's neighbourhood, ring by ring).
    kept_by: str = "most_connected"

    @property
    def capped(self) -> bool:
        return bool(self.omitted.get("nodes") or self.omitted.get("edges"))


# -- shared fetches --------------------------------------------------------------------------------------

def _relation_types(types: Iterable[str] | None = None) -> list[str]:
    """Registered relation type names (validated); every type, SAME_AS included, by default."""
    o = ontology()
    if types is None:
        return list(o.relation_types)
    names = [o.relation_type(t).name for t in types]
    if not names:
        raise InvalidInput("at least one relation type is needed", field="types")
    return list(dict.fromkeys(names))


def _actor_rows(store: GraphStore, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Actor properties plus degree (relation statements touching the actor, MENTIONS excluded)."""
    if not ids:
        return []
    label = ontology().actor_label
    res = store.query(
        f"MATCH (a:{label}) WHERE a.id IN $ids "
        "RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, "
        f"a.external_ids AS external_ids, a.description AS description, {store.degree_expr('a')} AS degree",
        {"ids": list(ids)}, max_rows=_ALL_ROWS)
    return [_clean_actor(row) for row in res.rows]


def _clean_actor(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"], "name": row.get("name") or row["id"], "kind": row.get("kind"),
        "aliases": list(row.get("aliases") or []), "external_ids": list(row.get("external_ids") or []),
        "description": row.get("description"), "degree": int(row.get("degree") or 0),
    }


def _edge_from_relationship(rel: dict[str, Any]) -> dict[str, Any]:
    edge = {key: rel.get(key) for key in _EDGE_KEYS}
    edge["type"] = rel.get("_type") or rel.get("type")
    edge["properties"] = {k: v for k, v in rel.items() if k not in _EDGE_KEYS and not k.startswith("_")}
    return edge


def edges_among(store: GraphStore, ids: Sequence[str], where: str = "",
                 params: dict[str, Any] | None = None, types: list[str] | None = None,
                 limit: int | None = None, first: str | None = None) -> tuple[list[dict[str, Any]], int]:
    """Relation statements between two of ``ids`` that pass the extra ``where`` condition, and how many
    were left out by ``limit``. With ``first``, that actor's own relations are taken before the others."""
    if not ids:
        return [], 0
    label = ontology().actor_label
    base = {"ids": list(ids), "types": types or _relation_types(), "first": first, **(params or {})}
    among = f"MATCH (a:{label})-[r]->(b:{label}) WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types {where}"
    # The centre's own statements are read from the centre outwards and inwards: filtering the walk over
    # every kept actor's edges for the centre took a second beside hubs (1,500 actors, 100k/300k graph).
    parts = [among] if first is None else [
        f"MATCH (a:{label} {{id: $first}})-[r]->(b:{label}) WHERE b.id IN $ids AND type(r) IN $types {where}",
        f"MATCH (a:{label})-[r]->(b:{label} {{id: $first}}) WHERE a.id IN $ids AND a.id <> $first "
        f"AND type(r) IN $types {where}",
        f"{among}AND NOT (a.id = $first OR b.id = $first) ",
    ]
    edges: list[dict[str, Any]] = []
    omitted = 0
    for match in parts:
        room = None if limit is None else max(0, limit - len(edges))
        if room == 0:
            omitted += store.query(f"{match}RETURN count(r) AS n", base).single() or 0
            continue
        # LIMIT room + 1 in the query itself: FalkorDB sends every row it finds, so a row cap applied
        # after the fact would still carry all of a hub's statements over the socket.
        limit_clause, limit_param = ("", {}) if room is None else ("LIMIT $limit", {"limit": room + 1})
        res = store.query(f"{match}RETURN r AS r {limit_clause}", {**base, **limit_param},
                          max_rows=room if room is not None else _ALL_ROWS)
        edges += [_edge_from_relationship(row["r"]) for row in res.rows]
        if res.truncated:
            total = store.query(f"{match}RETURN count(r) AS n", base).single() or 0
            omitted += max(0, total - len(res.rows))
    return edges, omitted


def _attach_documents(store: GraphStore, edges: list[dict[str, Any]]) -> None:
    """Add the evidence document's title, url, source and publication date to each edge."""
    doc_ids = sorted({e["doc_id"] for e in edges if e.get("doc_id")})
    docs: dict[str, dict[str, Any]] = {}
    if doc_ids:
        res = store.query(
            f"MATCH (d:{ontology().document_label}) WHERE d.id IN $ids "
            "RETURN d.id AS id, d.title AS title, d.url AS url, d.source AS source, d.published AS published",
            {"ids": doc_ids}, max_rows=_ALL_ROWS)
        docs = {r["id"]: r for r in res.rows}
    for edge in edges:
        doc = docs.get(edge.get("doc_id") or "", {})
        edge["document_title"] = doc.get("title")
        edge["document_url"] = doc.get("url")
        edge["document_source"] = doc.get("source")
        edge["document_published"] = doc.get("published")


def _attach_attributors(store: GraphStore, edges: list[dict[str, Any]], nodes: list[dict[str, Any]]) -> None:
    """Add ``attributed_to_name`` (who says so) to each attributed edge: the drawn actor's name, else the
    name read for every undrawn attributor in one query. An id naming no stored actor gets ``None``."""
    names = {n["id"]: n.get("name") for n in nodes}
    missing = sorted({e["attributed_to"] for e in edges if e.get("attributed_to")} - names.keys())
    if missing:
        res = store.query(f"MATCH (a:{ontology().actor_label}) WHERE a.id IN $ids RETURN a.id AS id, a.name AS name",
                          {"ids": missing}, max_rows=_ALL_ROWS)
        names.update({r["id"]: r.get("name") for r in res.rows})
    for edge in edges:
        who = edge.get("attributed_to")
        edge["attributed_to_name"] = names.get(who) if who else None


def _sorted_edges(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(edges, key=lambda e: (e["source"], e["type"], e["target"], e.get("date") or "", e["id"]))


def cap_subgraph(sub: Subgraph, max_nodes: int, keep: Iterable[str] = ()) -> Subgraph:
    """Keep ``keep`` and then the most connected actors up to ``max_nodes``; count what was dropped."""
    if max_nodes <= 0:
        raise InvalidInput("max_nodes must be positive", field="max_nodes")
    if len(sub.nodes) <= max_nodes:
        return sub
    pinned = set(keep)
    ranked = sorted(sub.nodes, key=lambda n: (n["id"] not in pinned, -n.get("degree", 0), n["id"]))
    kept = ranked[:max_nodes]
    kept_ids = {n["id"] for n in kept}
    edges = [e for e in sub.edges if e["source"] in kept_ids and e["target"] in kept_ids]
    omitted = {"nodes": sub.omitted.get("nodes", 0) + len(sub.nodes) - len(kept),
               "edges": sub.omitted.get("edges", 0) + len(sub.edges) - len(edges)}
    return Subgraph(kept, edges, omitted, sub.truncated_rows, "most_connected")


# -- the whole graph -------------------------------------------------------------------------------------

def whole_graph(store: GraphStore, max_nodes: int = DEFAULT_MAX_NODES) -> Subgraph:
    """Every actor and relation; above ``max_nodes`` the most connected actors and the relations among them."""
    if max_nodes <= 0:
        raise InvalidInput("max_nodes must be positive", field="max_nodes")
    label = ontology().actor_label
    types = _relation_types()
    total_nodes = store.query(f"MATCH (a:{label}) RETURN count(a) AS n").single() or 0
    total_edges = store.query(f"MATCH (:{label})-[r]->(:{label}) WHERE type(r) IN $types RETURN count(r) AS n",
                              {"types": types}).single() or 0
    # Never more than there are: FalkorDB returns no rows at all for a LIMIT of 2**32 or more.
    limit = min(max_nodes, total_nodes)
    ranked = store.query(
        f"MATCH (a:{label}) WITH a, {store.degree_expr('a')} AS degree "
        "RETURN a.id AS id ORDER BY degree DESC, id LIMIT $limit",
        {"limit": limit}, max_rows=limit)
    ids = ranked.values("id")
    nodes = sorted(_actor_rows(store, ids), key=lambda n: n["id"])
    edges, _ = edges_among(store, ids, types=types)
    _attach_documents(store, edges)
    _attach_attributors(store, edges, nodes)
    omitted = {"nodes": max(0, total_nodes - len(nodes)), "edges": max(0, total_edges - len(edges))}
    return Subgraph(nodes, _sorted_edges(edges), omitted)


# -- an actor's neighbourhood ----------------------------------------------------------------------------

def _resolve(store: GraphStore, name_or_id: str) -> str:
    from actorgraph.queries.search import resolve_actor

    return str(resolve_actor(store, name_or_id)["id"])


def _iso_day(value: str | dt.date | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InvalidInput(f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}", field=name) from None


def relation_filter(statuses: Iterable[str] | None = None, since: str | dt.date | None = None,
                    until: str | dt.date | None = None, include_undated: bool = True,
                    var: str = "r") -> tuple[str, dict[str, Any]]:
    """A ``AND ...`` Cypher condition on relation ``var`` and its parameters (status and date window)."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if statuses is not None:
        params["statuses"] = ontology().statuses(list(statuses))
        clauses.append(f"{var}.status IN $statuses")
    since_day, until_day = _iso_day(since, "since"), _iso_day(until, "until")
    if since_day and until_day and since_day > until_day:
        raise InvalidInput(f"since ({since_day}) is after until ({until_day})", field="since")
    window: list[str] = []
    if since_day:
        params["since"] = since_day
        window.append(f"coalesce({var}.end_date, {var}.date) >= $since")
    if until_day:
        params["until"] = until_day
        window.append(f"{var}.date <= $until")
    if window:
        dated = " AND ".join(window)
        clauses.append(f"({var}.date IS NULL OR ({dated}))" if include_undated
                       else f"({var}.date IS NOT NULL AND {dated})")
    elif not include_undated:
        clauses.append(f"{var}.date IS NOT NULL")
    return "".join(f"AND {c} " for c in clauses), params


def ego_network(store: GraphStore, actor_id: str, hops: int = 2, types: Iterable[str] | None = None,
                statuses: Iterable[str] | None = None, since: str | dt.date | None = None,
                until: str | dt.date | None = None, max_nodes: int = DEFAULT_MAX_NODES,
                include_undated: bool = True, max_edges: int | None = DEFAULT_MAX_EDGES) -> Subgraph:
    """Actors within ``hops`` relations of ``actor_id`` (name or id), following only relations that pass
    the filters, and the passing relations among them. Above ``max_nodes`` the centre, then the closest
    and best connected actors are kept; above ``max_edges`` the centre's own relations come first."""
    if not isinstance(hops, int) or not 1 <= hops <= MAX_HOPS:
        raise InvalidInput(f"hops must be between 1 and {MAX_HOPS}, got {hops!r}", field="hops")
    if max_nodes <= 0:
        raise InvalidInput("max_nodes must be positive", field="max_nodes")
    centre = _resolve(store, actor_id)
    type_names = _relation_types(types)
    where, params = relation_filter(statuses, since, until, include_undated)
    label = ontology().actor_label
    # Breadth-first, one query per ring, with the node budget applied while searching: a hub two hops
    # out (a country with 20,000 statements) is counted, not fetched. Within a ring the actors with the
    # most passing relations into what is already kept come first.
    distance = {centre: 0}
    frontier = [centre]
    omitted = {"nodes": 0, "edges": 0}
    for hop in range(1, hops + 1):
        if not frontier:
            break
        res = store.query(
            f"MATCH (a:{label})-[r]-(b:{label}) WHERE a.id IN $frontier AND type(r) IN $types {where}"
            "RETURN b.id AS id, count(r) AS links",
            {"frontier": frontier, "types": type_names, **params}, max_rows=_ALL_ROWS)
        found = sorted(((row["id"], int(row["links"])) for row in res.rows if row["id"] not in distance),
                       key=lambda item: (-item[1], item[0]))
        budget = max(0, max_nodes - len(distance))
        omitted["nodes"] += max(0, len(found) - budget)
        omitted["edges"] += sum(n for _, n in found[budget:])
        frontier = [i for i, _ in found[:budget]]
        distance.update(dict.fromkeys(frontier, hop))
    kept = _actor_rows(store, list(distance))
    for node in kept:
        node["hops"] = distance[node["id"]]
    edges, left_out = edges_among(store, list(distance), where, params, type_names, limit=max_edges,
                                   first=centre)
    omitted["edges"] += left_out
    _attach_documents(store, edges)
    _attach_attributors(store, edges, kept)
    return Subgraph(sorted(kept, key=lambda n: (n["hops"], n["id"])), _sorted_edges(edges), omitted,
                    kept_by="nearest")


# -- whatever a query returned ---------------------------------------------------------------------------

def subgraph_from_result(store: GraphStore, result: QueryResult, max_nodes: int | None = None) -> Subgraph:
    """The actors, relations and paths found in ``result``'s rows (as graph values or as actor/relation ids);
    relation endpoints the query did not return are fetched so every edge can be drawn."""
    from actorgraph.queries.result_subgraph import collect_subgraph

    return collect_subgraph(store, result, max_nodes)
