"""Turn a :class:`Subgraph` into pyvis nodes, edges and vis-network options.

Styling comes only from the ontology registry: node shape and colour by actor kind, edge colour by
relation class, arrows only for directed types. Parallel statements of one type between two actors
can be drawn as one edge carrying every statement (``aggregate=True``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from actorgraph.graph.registry import RelationStatus, ontology
from actorgraph.queries.subgraph import Subgraph

DASHED_STATUSES = {RelationStatus.REPORTED, RelationStatus.ALLEGED, RelationStatus.HYPOTHETICAL}
DENIED_STATUSES = {RelationStatus.DENIED, RelationStatus.NEGATED}
DENIED_COLOR = "#9e9e9e"
UNKNOWN_KIND_COLOR = "#757575"
STYLE_DASHES: dict[str, Any] = {"solid": False, "dashed": [8, 6], "denied": [2, 5]}
STATUS_STYLE_LABELS = {
    "solid": "asserted",
    "dashed": "reported / alleged / hypothetical",
    "denied": "denied / negated (grey, marked ✕)",
}


@dataclass
class NetworkData:
    """What the page needs: pyvis's node and edge dicts, vis options and the legend."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    options: dict[str, Any]
    legend: dict[str, Any]


def status_style(statuses: list[str]) -> str:
    """One line style for an edge: solid if any statement is asserted, grey if all are denied/negated."""
    parsed = {RelationStatus(s) if s in RelationStatus._value2member_map_ else RelationStatus.ASSERTED
              for s in statuses}
    if parsed - DASHED_STATUSES - DENIED_STATUSES:
        return "solid"
    if parsed & DASHED_STATUSES:
        return "dashed"
    return "denied"


def node_size(degree: int) -> float:
    return round(min(60.0, 10.0 + 5.0 * math.sqrt(max(0, degree))), 1)


def _statement(edge: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "date", "end_date", "status", "attributed_to", "confidence", "sentence", "locator",
            "attributed_to_name", "doc_id", "document_title", "document_url", "document_source",
            "document_published")
    return {k: edge.get(k) for k in keys}


def _group_edges(sub: Subgraph, aggregate: bool) -> list[tuple[str, str, str, list[dict[str, Any]]]]:
    o = ontology()
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for edge in sub.edges:
        rtype = o.relation_types.get(edge["type"])
        src, dst = edge["source"], edge["target"]
        if rtype is not None and not rtype.directed and dst < src:
            src, dst = dst, src
        key = (src, edge["type"], dst) if aggregate else (src, edge["type"], dst, edge["id"])
        groups[key].append(edge)
    return [(k[0], k[1], k[2], v) for k, v in groups.items()]


def build_network(sub: Subgraph, aggregate: bool = True, physics_iterations: int | None = None) -> NetworkData:
    o = ontology()
    net = Network(directed=True, cdn_resources="in_line")
    for node in sub.nodes:
        if node["id"] in net.node_map:
            continue
        kind = o.actor_kinds.get(node.get("kind") or "")
        # pyvis's Node directly: Network.add_node checks membership in a list (quadratic on big graphs).
        vis_node = Node(
            node["id"], kind.shape if kind else "dot", label=node.get("name") or node["id"],
            color=kind.color if kind else UNKNOWN_KIND_COLOR, size=node_size(node.get("degree", 0)),
            kind=node.get("kind"), aliases=node.get("aliases") or [], external_ids=node.get("external_ids") or [],
            description=node.get("description"), degree=node.get("degree", 0), hops=node.get("hops"),
        )
        net.nodes.append(vis_node.options)
        net.node_ids.append(node["id"])
        net.node_map[node["id"]] = vis_node.options
    known = {n["id"] for n in sub.nodes}
    grouped = _group_edges(sub, aggregate)
    pair_count: dict[tuple[str, str], int] = defaultdict(int)
    for src, rtype_name, dst, statements in sorted(grouped, key=lambda g: (g[0], g[2], g[1])):
        if src not in known or dst not in known:
            continue
        rtype = o.relation_types.get(rtype_name)
        rclass = rtype.relation_class.value if rtype else "internal"
        style = status_style([s.get("status") or "asserted" for s in statements])
        class_color = o.class_colors[rtype.relation_class] if rtype else DENIED_COLOR
        color = DENIED_COLOR if style == "denied" else class_color
        pair = (min(src, dst), max(src, dst))
        nth = pair_count[pair]
        pair_count[pair] += 1
        smooth: Any = {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                       "roundness": 0.12 * ((nth + 1) // 2)} if nth else False
        stmts = sorted((_statement(s) for s in statements), key=lambda s: (s.get("date") or "", s["id"] or ""))
        opts = {
            "id": f"{src}|{rtype_name}|{dst}" + ("" if aggregate else f"|{statements[0]['id']}"),
            "type": rtype_name, "relation_class": rclass, "style": style, "class_color": class_color,
            "color": {"color": color, "highlight": color, "hover": color, "inherit": False},
            "dashes": STYLE_DASHES[style], "width": min(6.0, 1.0 + math.log2(len(stmts))),
            "smooth": smooth, "statements": stmts,
            "arrows": "to" if rtype is None or rtype.directed else "",
        }
        net.edges.append(Edge(src, dst, directed=False, **opts).options)
    options = vis_options(len(net.nodes), len(net.edges), physics_iterations)
    net.options = options
    return NetworkData(net.nodes, net.edges, options, legend(sub))


def status_styles() -> dict[str, Any]:
    """What the page needs to restyle an edge from the statements its filters leave visible."""
    return {"dashed": sorted(s.value for s in DASHED_STATUSES), "denied": sorted(s.value for s in DENIED_STATUSES),
            "dashes": STYLE_DASHES, "denied_color": DENIED_COLOR}


def vis_options(n_nodes: int, n_edges: int, iterations: int | None = None) -> dict[str, Any]:
    """Physics bounded so big graphs settle in seconds; the page turns physics off once stabilised."""
    if iterations is None:
        iterations = max(100, min(1000, 200_000 // max(1, n_nodes)))
    big = n_nodes > 1000 or n_edges > 3000
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
        "physics": {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -110, "centralGravity": 0.01, "springLength": 130,
                                 "springConstant": 0.08, "damping": 0.45, "avoidOverlap": 0},
            # Small batches on big graphs so the page's time budget can stop the layout between them.
            "stabilization": {"enabled": True, "iterations": iterations, "fit": True,
                              "updateInterval": max(1, min(25, 10_000 // max(1, n_nodes)))},
            "minVelocity": 1.0,
        },
        "interaction": {"hover": not big, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False, "keyboard": False,
                        "multiselect": True},
        "nodes": {"font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  "borderWidth": 1, "borderWidthSelected": 3},
        "edges": {"font": {"size": 10, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff",
                           "color": "#37474f"},
                  "selectionWidth": 2, "arrowStrikethrough": False,
                  "arrows": {"to": {"scaleFactor": 0.6}}},
    }


def legend(sub: Subgraph) -> dict[str, Any]:
    o = ontology()
    kinds_present = {n.get("kind") for n in sub.nodes}
    types_present = {e["type"] for e in sub.edges}
    statuses_present = {e.get("status") or "asserted" for e in sub.edges}
    return {
        "kinds": [{"name": k.name, "shape": k.shape, "color": k.color, "description": k.description}
                  for k in o.actor_kinds.values() if k.name in kinds_present],
        "classes": [{"name": c.value, "color": color} for c, color in o.class_colors.items()
                    if any(o.relation_types[t].relation_class is c for t in types_present if t in o.relation_types)],
        "types": [{"name": t.name, "class": t.relation_class.value, "color": o.class_colors[t.relation_class],
                   "directed": t.directed, "description": t.description}
                  for t in o.relation_types.values() if t.name in types_present],
        "statuses": [s.value for s in RelationStatus if s.value in statuses_present],
        "styles": [{"name": k, "label": v, "color": DENIED_COLOR if k == "denied" else "#37474f"}
                   for k, v in STATUS_STYLE_LABELS.items()],
    }
