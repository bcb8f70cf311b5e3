"""What the open, read-only Cypher endpoint refuses besides writes (which the engine refuses itself).

Read access mode stops writes, but not everything a read can reach: ``LOAD CSV`` makes the database
server fetch any URL (requests into the network it sits in) or read files next to it; Neo4j's
administration commands (``SHOW TRANSACTIONS`` lists other clients' queries and parameters,
``TERMINATE TRANSACTIONS`` kills them, ``SHOW SETTINGS``) and ``dbms.*`` procedures run in read mode
too. None of that is graph analysis, so an unkeyed read refuses it; procedure calls are limited to
the ``db.*`` and ``algo.*`` namespaces (labels, full-text search, FalkorDB's graph algorithms).

The check reads the query with string literals and comments blanked and backticks dropped, so a
name or sentence that merely contains these words is no reason to refuse, and quoting or
commenting cannot hide them.
"""

from __future__ import annotations

import re

from actorgraph.errors import ReadOnlyViolation


class OutsideGraphRefused(ReadOnlyViolation):
    """403: the query reaches outside the graph, which an unkeyed read may not."""

    title = "Not allowed in a read-only query"

ALLOWED_PROCEDURE_NAMESPACES = ("db.", "algo.")

_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)
# A statement that is an administration command: optional EXPLAIN/PROFILE/CYPHER options and USE first.
_ADMIN = re.compile(r"^\s*(?:(?:EXPLAIN|PROFILE|CYPHER(?:\s+[\w.]+\s*=\s*[\w.]+)*)\s+)*(?:USE\s+[\w.]+\s+)?"
                    r"(?:SHOW|TERMINATE)\b", re.IGNORECASE)
_CALL = re.compile(r"\bCALL\s+([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)", re.IGNORECASE)


def code_only(query: str) -> str:
    """The query with string literals blanked to ``''``, comments to a space, and backticks dropped."""
    out: list[str] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch in "'\"":
            i += 1
            while i < n and query[i] != ch:
                i += 2 if query[i] == "\\" else 1
            out.append("''")
            i += 1
        elif query.startswith("//", i):
            end = query.find("\n", i)
            i = n if end < 0 else end
            out.append(" ")
        elif query.startswith("/*", i):
            end = query.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
        elif ch == "`":
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def refuse_outside_reads(query: str) -> None:
    """Raise ``OutsideGraphRefused`` when a read-only query would reach outside the graph (see the module doc)."""
    code = code_only(query)
    if _LOAD_CSV.search(code):
        raise OutsideGraphRefused("LOAD CSV is not allowed in read-only queries (the database server would fetch the "
                        "URL or file); load data with the ingest endpoints", field="query")
    if _ADMIN.match(code):
        raise OutsideGraphRefused("administration commands (SHOW ..., TERMINATE ...) are not allowed in read-only "
                        "queries", field="query")
    for match in _CALL.finditer(code):
        name = re.sub(r"\s+", "", match.group(1))
        if not name.lower().startswith(ALLOWED_PROCEDURE_NAMESPACES):
            raise OutsideGraphRefused(f"procedure {name} is not allowed in read-only queries (allowed: "
                            f"{', '.join(p + '*' for p in ALLOWED_PROCEDURE_NAMESPACES)})", field="query")
