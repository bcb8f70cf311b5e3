"""Find actors by name or alias: the engine's full-text index plus a normalised-substring fallback.

Both engines index ``search_text`` (the actor's normalised names joined by spaces). FalkorDB's index
speaks RediSearch syntax, Neo4j's Lucene; the query string is built per engine from normalised tokens, so
no user character ever reaches either syntax. Ranking is done here, the same way on both engines.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from actorgraph.errors import InvalidInput, NotFound, QueryError
from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import ontology
from actorgraph.graph.store import GraphStore
from actorgraph.queries.merged_ids import actor_or_successor, get_actor

ACTOR_FIELDS = "a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, " \
               "a.external_ids AS external_ids, a.search_names AS search_names"
# Lucene operators and words that would change the meaning of a query built from plain tokens.
_LUCENE_WORDS = {"and", "or", "not", "to"}
MIN_FUZZY_LEN = 5
PREFIX_SCORE = 0.85
SHORT_TEXT = 4


def fulltext_query(engine: str, norm: str) -> str:
    """Engine query string for the normalised text ``norm``: every token must match, the last as a prefix."""
    tokens = [t for t in norm.split() if t]
    if not tokens:
        return ""
    parts = []
    for i, tok in enumerate(tokens):
        last = i == len(tokens) - 1
        if engine == "neo4j":
            word = f'"{tok}"' if tok in _LUCENE_WORDS else tok
            alts = [word]
            if last and tok not in _LUCENE_WORDS:
                alts.append(f"{tok}*")
            if len(tok) >= MIN_FUZZY_LEN and tok not in _LUCENE_WORDS:
                alts.append(f"{tok}~1")
            parts.append("+(" + " ".join(alts) + ")")
        else:  # RediSearch
            alts = [tok]
            if last and len(tok) >= 2:
                alts.append(f"{tok}*")
            if len(tok) >= MIN_FUZZY_LEN:
                alts.append(f"%{tok}%")
            parts.append("(" + "|".join(alts) + ")")
    return " ".join(parts)


def _score(norm: str, row: dict[str, Any]) -> float:
    names = [n for n in (row.get("search_names") or []) if n]
    if not names:
        return 0.0
    best = 0.0
    for i, name in enumerate(names):
        if name == norm:
            s = 1.0 if i == 0 else 0.97
        elif name.startswith(norm) or f" {norm}" in f" {name}":
            s = PREFIX_SCORE + 0.1 * len(norm) / max(len(name), 1)
        else:
            s = 0.8 * fuzz.WRatio(norm, name) / 100.0
        best = max(best, s)
    return round(best, 4)


def _fulltext_rows(store: GraphStore, norm: str, kind: str | None, limit: int) -> list[dict[str, Any]]:
    text = fulltext_query(store.engine, norm)
    if not text:
        return []
    cypher = (f"{store.fulltext_actors_clause('q')} WITH node AS a, score "
              f"WHERE $kind IS NULL OR a.kind = $kind "
              f"RETURN {ACTOR_FIELDS}, score ORDER BY score DESC, id LIMIT $limit")
    try:
        return store.query(cypher, {"q": text, "kind": kind, "limit": limit}, max_rows=limit).rows
    except QueryError:  # a full-text syntax corner must not break search: the substring scan remains
        return []


def _substring_rows(store: GraphStore, norm: str, kind: str | None, limit: int) -> list[dict[str, Any]]:
    label = ontology().actor_label
    cypher = (f"MATCH (a:{label}) WHERE any(n IN a.search_names WHERE n CONTAINS $q) "
              f"AND ($kind IS NULL OR a.kind = $kind) "
              f"RETURN {ACTOR_FIELDS} ORDER BY size(a.name), id LIMIT $limit")
    return store.query(cypher, {"q": norm, "kind": kind, "limit": limit}, max_rows=limit).rows


def search_actors(store: GraphStore, text: str, kind: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Actors matching ``text`` by name or alias, best first: ``id, name, kind, aliases, external_ids, score``.

    Accent-, case- and punctuation-insensitive; tolerant of small typos through the full-text index.
    """
    norm = normalize_name(text or "")
    if not norm:
        raise InvalidInput("search text needs letters or digits", field="text")
    if limit < 1:
        raise InvalidInput("limit must be at least 1", field="limit")
    kind_name = ontology().actor_kind(kind).name if kind else None
    pool = max(limit * 3, 50)
    found: dict[str, dict[str, Any]] = {}
    scores: dict[str, float] = {}

    def add(rows: list[dict[str, Any]]) -> None:
        for row in rows:
            if row["id"] not in found:
                found[row["id"]] = row
                scores[row["id"]] = _score(norm, row)

    add(_fulltext_rows(store, norm, kind_name, pool))
    # The substring scan reads every actor: it runs only when the index found no name equal to or
    # starting with the text (it catches infixes such as "adur" in "maduro" and index tokenizer corners).
    short = len(norm) < SHORT_TEXT and len(found) < limit  # indexes treat 1-3 letter prefixes unevenly
    if short or max(scores.values(), default=0.0) < PREFIX_SCORE:
        add(_substring_rows(store, norm, kind_name, pool))
    ranked = []
    for row in found.values():
        out = {k: row[k] for k in ("id", "name", "kind", "aliases", "external_ids")}
        out["score"] = scores[row["id"]]
        ranked.append(out)
    ranked.sort(key=lambda r: (-r["score"], len(r["name"]), r["id"]))
    return ranked[:limit]


def resolve_actor(store: GraphStore, name_or_id: str) -> dict[str, Any]:
    """The actor with this id (or, for an id a merge absorbed, the actor that absorbed it), or the one actor
    whose name or alias matches; NotFound otherwise.

    When several actors share the normalised name, the most connected one is chosen.
    """
    text = (name_or_id or "").strip()
    if not text:
        raise InvalidInput("an actor id or name is required", field="actor")
    if ":" in text and (found := actor_or_successor(store, text)) is not None:
        return found[0]  # an id entity resolution absorbed gives the actor that absorbed it
    norm = normalize_name(text)
    if not norm:
        raise NotFound(f"no actor matches {text!r}")
    label = ontology().actor_label
    res = store.query(
        f"MATCH (a:{label}) WHERE $q IN a.search_names "
        f"WITH a, {store.degree_expr('a')} AS degree, CASE WHEN a.norm_name = $q THEN 0 ELSE 1 END AS by_alias "
        "RETURN a ORDER BY by_alias, degree DESC, a.id LIMIT 1", {"q": norm}, max_rows=1)
    if res.rows:
        return res.single()
    hits = search_actors(store, text, limit=5)
    # One actor whose name starts with the text or has it as a whole word ("trump"): unambiguous.
    if hits and hits[0]["score"] >= PREFIX_SCORE and (len(hits) == 1 or hits[1]["score"] < PREFIX_SCORE):
        actor = get_actor(store, hits[0]["id"])
        if actor is not None:
            return actor
    hint = f"; did you mean: {', '.join(h['name'] + ' (' + h['id'] + ')' for h in hits[:3])}" if hits else ""
    raise NotFound(f"no actor matches {text!r}{hint}")
