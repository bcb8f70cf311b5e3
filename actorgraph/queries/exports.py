"""Export the whole graph: GraphML, GEXF, JSON, CSV, a Cypher dump (and FtM through the lists module).

Every format carries every node (actors and documents) and every edge (one per statement, plus
MENTIONS) with all properties. GraphML and GEXF only hold scalars, so list properties become JSON text;
GEXF reserves ``type``, ``start`` and ``end`` on edges, so there they are written as ``relation_type``,
``evidence_start`` and ``evidence_end``. The Cypher dump recreates the graph on either engine with
``load_cypher_dump`` (or ``actorgraph load-dump``).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx

from actorgraph.errors import InvalidInput
from actorgraph.graph.registry import ontology
from actorgraph.graph.store import GraphStore

FORMATS = ("graphml", "gexf", "json", "csv", "cypher", "ftm")
UNBOUNDED = 1_000_000_000
DUMP_BATCH = 500
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
GEXF_RENAMES = {"type": "relation_type", "start": "evidence_start", "end": "evidence_end"}


# -- reading the graph ----------------------------------------------------------------------------------
def read_graph(store: GraphStore) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """All nodes (with ``_labels``) and all edges (with ``_type``, ``source``, ``target``), sorted by id."""
    nodes = store.query("MATCH (n) RETURN n", max_rows=UNBOUNDED).values("n")
    res = store.query("MATCH (a)-[r]->(b) RETURN a.id AS source, b.id AS target, r", max_rows=UNBOUNDED)
    edges = []
    for row in res.rows:
        edge = dict(row["r"])
        edge["source"], edge["target"] = row["source"], row["target"]
        edges.append(edge)
    nodes.sort(key=lambda n: str(n.get("id")))
    edges.sort(key=lambda e: (e["_type"], str(e.get("id") or ""), e["source"], e["target"]))
    return nodes, edges


def _edge_key(edge: dict[str, Any]) -> str:
    return str(edge.get("id") or f"{edge['_type']}:{edge['source']}|{edge['target']}")


def _scalar(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


# Characters XML 1.0 cannot carry at all (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_scalar(value: Any) -> Any:
    """``_scalar`` for GraphML/GEXF: text that XML cannot hold shows as U+FFFD instead of failing the export."""
    value = _scalar(value)
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def flat_graph(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], gexf: bool = False) -> nx.MultiDiGraph:
    """A MultiDiGraph with scalar attributes only (lists as JSON text), ready for GraphML or GEXF."""
    g = nx.MultiDiGraph()
    for n in nodes:
        attrs = {k: _xml_scalar(v) for k, v in n.items() if v is not None and k != "id"}
        attrs["labels"] = attrs.pop("_labels")
        if gexf:
            attrs["label"] = _xml_scalar(str(n.get("name") or n.get("title") or n["id"]))
        g.add_node(n["id"], **attrs)
    for e in edges:
        attrs = {k: _xml_scalar(v) for k, v in e.items() if v is not None and k not in {"_type", "id"}}
        attrs["type"] = e["_type"]
        if gexf:
            attrs = {GEXF_RENAMES.get(k, k): v for k, v in attrs.items()}
            attrs["id"] = _edge_key(e)
        g.add_edge(e["source"], e["target"], key=_edge_key(e), **attrs)
    return g


# -- Cypher dump ----------------------------------------------------------------------------------------
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def cypher_literal(value: Any) -> str:
    """A Cypher literal both engines read the same way (no \\u escapes: FalkorDB keeps them verbatim)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        out = []
        for ch in value:
            if ch in _ESCAPES:
                out.append(_ESCAPES[ch])
            elif ord(ch) < 32 or ord(ch) == 127:
                out.append(" ")  # other control characters have no escape common to both engines
            else:
                out.append(ch)
        return "'" + "".join(out) + "'"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise InvalidInput(f"cannot write {type(value).__name__} as a Cypher literal")


def _key(name: str) -> str:
    return name if _IDENT.match(name) else "`" + name.replace("`", "``") + "`"


def _node_labels(node: dict[str, Any]) -> tuple[str, ...]:
    o = ontology()
    labels = tuple(sorted(node.get("_labels", [])))
    unknown = set(labels) - o.all_labels() - {o.merge_label}  # merge records keep undo working after a reload
    if unknown:
        raise InvalidInput(f"node {node.get('id')!r} has labels outside the ontology: {sorted(unknown)}")
    return labels


def cypher_dump(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> Iterator[str]:
    """Statements (each ending with ``;`` and a newline) that MERGE the graph into an empty or live store."""
    o = ontology()
    yield "// ActorGraph Cypher dump: load with `actorgraph load-dump FILE` (FalkorDB or Neo4j)\n"
    by_labels: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for n in nodes:
        props = {k: v for k, v in n.items() if k not in {"_labels", "id"} and v is not None}
        by_labels[_node_labels(n)].append({"id": n["id"], "props": props})
    for labels, rows in sorted(by_labels.items()):
        key_label = o.actor_label if o.actor_label in labels else labels[0]
        extra = "".join(f":{lb}" for lb in labels if lb != key_label)
        set_labels = f" SET n{extra}" if extra else ""
        for i in range(0, len(rows), DUMP_BATCH):
            yield (f"UNWIND {cypher_literal(rows[i:i + DUMP_BATCH])} AS row MERGE (n:{key_label} {{id: row.id}})"
                   f"{set_labels} SET n += row.props;\n")
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in edges:
        props = {k: v for k, v in e.items() if k != "_type" and v is not None}
        by_type[e["_type"]].append({"s": e["source"], "t": e["target"], "id": e.get("id"), "props": props})
    for rtype, rows in sorted(by_type.items()):
        if rtype == o.mentions_type:
            head = (f"MATCH (a:{o.document_label} {{id: row.s}}) MATCH (b:{o.actor_label} {{id: row.t}}) "
                    f"MERGE (a)-[r:{rtype}]->(b)")
            for r in rows:
                r["props"] = {k: v for k, v in r["props"].items() if k not in {"source", "target"}}
        else:
            rtype = ontology().relation_type(rtype).name
            head = (f"MATCH (a:{o.actor_label} {{id: row.s}}) MATCH (b:{o.actor_label} {{id: row.t}}) "
                    f"MERGE (a)-[r:{rtype} {{id: row.id}}]->(b)")
        for i in range(0, len(rows), DUMP_BATCH):
            batch = [{k: v for k, v in r.items() if v is not None} for r in rows[i:i + DUMP_BATCH]]
            yield f"UNWIND {cypher_literal(batch)} AS row {head} SET r += row.props;\n"


def split_statements(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(first line number, statement) for each ``;``-terminated statement; ``//`` comment lines skipped."""
    buf: list[str] = []
    start = 0
    for lineno, line in enumerate(lines, 1):
        if not buf and (not line.strip() or line.lstrip().startswith("//")):
            continue
        if not buf:
            start = lineno
        buf.append(line.rstrip("\n"))
        if line.rstrip().endswith(";"):
            yield start, "\n".join(buf).rstrip()[:-1]
            buf = []
    if buf and "".join(buf).strip():
        yield start, "\n".join(buf)


ATOMIC_MAX_STATEMENTS = 400
"""Dumps up to this many statements (200,000 rows) load in one transaction: all or nothing."""


def load_cypher_dump(store: GraphStore, fh: IO[str], name: str = "<dump>") -> int:
    """Run a dump's statements (writes); returns how many ran. Errors name the file and line.

    A dump of up to ``ATOMIC_MAX_STATEMENTS`` statements is applied atomically; a larger one statement by
    statement (every statement MERGEs, so re-running the file after a failure completes it).
    """
    from actorgraph.errors import ActorGraphError
    from actorgraph.graph.cypher import Statement

    try:
        statements = list(split_statements(fh))
    except UnicodeDecodeError:
        raise InvalidInput("not a UTF-8 text file (a dump is what `actorgraph export --format cypher` writes); "
                           "nothing written", file=name) from None
    timeout = max(store.timeout_s, 600.0)
    if len(statements) <= ATOMIC_MAX_STATEMENTS:
        try:
            if statements:
                store._write([Statement(text) for _, text in statements], timeout)
        except ActorGraphError as err:
            raise type(err)(f"dump not loaded, nothing written: {err.detail}", file=name) from err
        return len(statements)
    for lineno, text in statements:
        try:
            store.execute(text, timeout_s=timeout)
        except ActorGraphError as err:
            raise type(err)(f"statement failed: {err.detail}", file=name, line=lineno) from err
    return len(statements)


# -- CSV ------------------------------------------------------------------------------------------------
def _csv_table(items: list[dict[str, Any]], first: list[str]) -> str:
    keys = first + sorted({k for it in items for k in it} - set(first))
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([k.lstrip("_") for k in keys])
    for it in items:
        writer.writerow(["" if it.get(k) is None else _scalar(it.get(k)) for k in keys])
    return buf.getvalue()


def csv_tables(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> dict[str, str]:
    return {"nodes.csv": _csv_table(nodes, ["id", "_labels", "kind", "name"]),
            "edges.csv": _csv_table(edges, ["id", "_type", "source", "target"])}


# -- entry point ----------------------------------------------------------------------------------------
def export_graph(store: GraphStore, fmt: str, fh: IO[Any] | str | Path) -> int:
    """Write the whole graph as ``fmt`` to ``fh`` (a path or a file object); returns the number of edges.

    ``csv`` to a path writes a directory with ``nodes.csv`` and ``edges.csv``; to a binary file object it
    writes a zip of the two. ``graphml``/``gexf`` want binary file objects, the others text.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}", field="format")
    if fmt == "ftm":
        from actorgraph.queries.ftm_export import export_ftm  # engineer C's module

        if isinstance(fh, str | Path):
            with open(fh, "w", encoding="utf-8") as out:
                return export_ftm(store, out)
        return export_ftm(store, fh)
    nodes, edges = read_graph(store)
    if fmt == "csv":
        tables = csv_tables(nodes, edges)
        if isinstance(fh, str | Path):
            folder = Path(fh)
            folder.mkdir(parents=True, exist_ok=True)
            for fname, text in tables.items():
                (folder / fname).write_text(text, encoding="utf-8")
        elif isinstance(fh, io.TextIOBase):
            raise InvalidInput("csv is two files (nodes.csv, edges.csv): give a directory path, or a binary "
                               "stream to receive them zipped", field="format")
        else:
            with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
                for fname, text in tables.items():
                    zf.writestr(fname, text)
        return len(edges)
    if isinstance(fh, str | Path):
        if fmt in {"graphml", "gexf"}:
            with open(fh, "wb") as bout:
                return _write(fmt, nodes, edges, bout)
        with open(fh, "w", encoding="utf-8") as tout:
            return _write(fmt, nodes, edges, tout)
    return _write(fmt, nodes, edges, fh)


def _write(fmt: str, nodes: list[dict[str, Any]], edges: list[dict[str, Any]], out: IO[Any]) -> int:
    if fmt == "graphml":
        nx.write_graphml(flat_graph(nodes, edges), out, named_key_ids=True)
    elif fmt == "gexf":
        nx.write_gexf(flat_graph(nodes, edges, gexf=True), out)
    elif fmt == "json":
        json.dump({"directed": True, "multigraph": True, "nodes": nodes, "edges": edges}, out,
                  ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for statement in cypher_dump(nodes, edges):
            out.write(statement)
    return len(edges)
