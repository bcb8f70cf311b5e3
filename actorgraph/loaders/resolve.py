"""Entity resolution: actors from articles and the same actors on sanctions lists become one actor.

``link_actors`` runs three passes over the stored actors:
1. redirects - an actor whose id an active merge already absorbed (a re-ingested article) is merged into
   the same canonical actor again, so a duplicate never comes back;
2. shared external ids - two actors carrying the same ``ofac:…``/``opensanctions:…`` id (an OFAC listing and
   the OpenSanctions record that cites it) are one actor; the OFAC listing is kept. Two OFAC listings with
   different ent_nums are never merged, even when a record citing both brought one's id to the other;
3. names - each actor that is on no list is matched against list actors (``names.best_match``) among the
   candidates sharing a name token with it (blocking), and merged into the one it fits unambiguously.
Pairs whose merge was undone are never merged again automatically.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from actorgraph.graph.model import normalize_name
from actorgraph.graph.registry import ontology
from actorgraph.graph.store import GraphStore
from actorgraph.loaders.countries import country_names
from actorgraph.loaders.merge import MergeRecord, list_merges, merge_actors
from actorgraph.loaders.merge_undo import undo_merge
from actorgraph.loaders.names import Candidate, Match, contenders, match, ranked_matches

__all__ = ["LinkReport", "PlannedMerge", "link_actors", "list_merges", "undo_merge", "plan_links"]

LIST_PREFERENCE = {"ofac": 0, "opensanctions": 1}
LIST_ID_PREFIXES = ("ofac:", "opensanctions:")


@dataclass
class PlannedMerge:
    canonical: str
    absorbed: str
    score: float
    reason: str
    canonical_name: str = ""
    absorbed_name: str = ""
    repeat: bool = False


@dataclass
class LinkReport:
    merges: list[MergeRecord] = field(default_factory=list)
    planned: list[PlannedMerge] = field(default_factory=list)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    """news actor id -> the list actors it fits equally well (nothing merged)."""
    weak_alias_only: dict[str, str] = field(default_factory=dict)
    """news actor id -> the list actor it fits only through a weak a.k.a., with no country in the news to
    confirm it (nothing merged)."""
    actors_checked: int = 0
    comparisons: int = 0


_COLUMNS = ("a.id AS id, a.kind AS kind, a.name AS name, a.aliases AS aliases, a.external_ids AS external_ids, "
            "a.list_source AS list_source, a.given_names AS given, a.surnames AS surnames, "
            "a.authority_of AS authority_of, a.weak_aliases AS weak_aliases, a.countries AS countries, "
            "a.nationality AS nationality, a.citizenship AS citizenship, a.pob AS pob, a.programs AS programs, "
            "a.country_codes AS country_codes, a.nationalities AS nationalities, "
            "a.nationality_codes AS nationality_codes, a.citizenships AS citizenships, "
            "a.citizenship_codes AS citizenship_codes")
# country names and ISO codes (docs/sanctions-lists.md); nationality/citizenship also as graphs loaded before
# the list facts had one shape wrote them (an OFAC string, OpenSanctions codes)
COUNTRY_FIELDS = ("countries", "country_codes", "nationalities", "nationality_codes", "citizenships",
                  "citizenship_codes", "nationality", "citizenship", "pob", "programs")
_LISTED = ("(a.list_source IS NOT NULL OR any(x IN coalesce(a.external_ids, []) WHERE x STARTS WITH 'ofac:' "
           "OR x STARTS WITH 'opensanctions:'))")
ALL_ROWS = 10_000_000


def _load_actors(store: GraphStore, merges: list[MergeRecord]) -> list[dict[str, Any]]:
    """Only the actors resolution can touch: every actor on no list, the holders of shared external ids,
    the actors of active merges, and the listed actors sharing a name token with an unlisted one (the
    engine filters with CONTAINS, a superset of the token blocking done in Python)."""
    label = ontology().actor_label
    rows = {r["id"]: r for r in store.query(
        f"MATCH (a:{label}) WHERE NOT {_LISTED} RETURN {_COLUMNS}", max_rows=ALL_ROWS).rows}
    shared = store.query(f"MATCH (a:{label}) UNWIND a.external_ids AS x WITH x, collect(a.id) AS ids "
                         "WHERE size(ids) > 1 RETURN ids", max_rows=ALL_ROWS).values("ids")
    wanted = {i for ids in shared for i in ids} | {m.absorbed for m in merges if m.status == "active"} | {
        m.canonical for m in merges if m.status == "active"}
    wanted -= set(rows)
    if wanted:
        rows.update((r["id"], r) for r in store.query(
            f"MATCH (a:{label}) WHERE a.id IN $ids RETURN {_COLUMNS}", {"ids": sorted(wanted)},
            max_rows=ALL_ROWS).rows)
    tokens = sorted({t for r in rows.values() if not _is_listed(r) and r["kind"] != "Country"
                     for t in _candidate(r).blocking_keys()})
    if tokens:
        rows.update((r["id"], r) for r in store.query(
            f"MATCH (a:{label}) WHERE {_LISTED} AND any(n IN a.search_names WHERE any(t IN $tokens "
            f"WHERE n CONTAINS t)) RETURN {_COLUMNS}", {"tokens": tokens}, max_rows=ALL_ROWS).rows)
    return list(rows.values())


def _candidate(row: dict[str, Any]) -> Candidate:
    given, surnames = row.get("given"), row.get("surnames")
    return Candidate.of(row["id"], row["kind"], row["name"], row.get("aliases") or [],
                        given if isinstance(given, str) else None, surnames if isinstance(surnames, str) else None,
                        row.get("weak_aliases") or [])


def _country_text(row: dict[str, Any]) -> str:
    values: list[str] = []
    for key in COUNTRY_FIELDS:
        value = row.get(key)
        values += [str(v) for v in value] if isinstance(value, list) else [str(value)] if value else []
    values += [name for v in values for name in country_names(v)]  # OpenSanctions writes codes ('ru')
    return normalize_name(" ".join(values))


def _news_countries(store: GraphStore, actor: str) -> set[str]:
    """Normalised names of the countries an actor has an edge to, or shares a document with."""
    o = ontology()
    country = o.actor_kind("Country").name
    direct = store.query(f"MATCH (a:{o.actor_label} {{id: $id}})-[r]-(c:{country}) RETURN DISTINCT c.name AS n",
                         {"id": actor}).values("n")
    shared = store.query(f"MATCH (a:{o.actor_label} {{id: $id}})<-[:{o.mentions_type}]-(d:{o.document_label})"
                         f"-[:{o.mentions_type}]->(c:{country}) RETURN DISTINCT c.name AS n",
                         {"id": actor}).values("n")
    return {normalize_name(n) for n in [*direct, *shared] if n}


def _is_listed(row: dict[str, Any]) -> bool:
    return bool(row.get("list_source")) or any(
        str(x).startswith(LIST_ID_PREFIXES) for x in row.get("external_ids") or [])


def _own_listing(row: dict[str, Any]) -> str | None:
    """The OFAC listing an OFAC actor *is*: its first ``ofac:`` id (ids merged into it are appended)."""
    if row.get("list_source") != "ofac":
        return None
    return next((str(x) for x in row.get("external_ids") or [] if str(x).startswith("ofac:")), None)


def _rank(row: dict[str, Any]) -> tuple[int, str]:
    return LIST_PREFERENCE.get(row.get("list_source") or "", 9), row["id"]


class _Planner:
    def __init__(self, actors: list[dict[str, Any]], merges: list[MergeRecord],
                 countries_of: Callable[[str], set[str]] = lambda _id: set()) -> None:
        self.countries_of = countries_of
        self.rows = {r["id"]: r for r in actors}
        self.active = {m.absorbed: m.canonical for m in merges if m.status == "active"}
        self.undone = {frozenset((m.absorbed, m.canonical)) for m in merges if m.status == "undone"}
        self.gone: set[str] = set()
        self.plan: list[PlannedMerge] = []
        self.report = LinkReport(actors_checked=len(actors))

    def add(self, canonical: str, absorbed: str, score: float, reason: str, repeat: bool = False) -> None:
        if absorbed in self.gone or canonical in self.gone or canonical == absorbed:
            return
        if frozenset((canonical, absorbed)) in self.undone:
            return
        self.gone.add(absorbed)
        self.plan.append(PlannedMerge(canonical, absorbed, score, reason, self.rows[canonical]["name"],
                                      self.rows[absorbed]["name"], repeat))

    def redirects(self) -> None:
        for absorbed, canonical in self.active.items():
            seen = set()
            while canonical in self.active and canonical not in seen:  # follow merge chains
                seen.add(canonical)
                canonical = self.active[canonical]
            if absorbed in self.rows and canonical in self.rows:
                self.add(canonical, absorbed, 100.0, "re-appeared after an earlier merge into this actor", True)

    def shared_ids(self) -> None:
        holders: dict[str, list[str]] = defaultdict(list)
        for row in self.rows.values():
            for x in row.get("external_ids") or []:
                holders[str(x)].append(row["id"])
        for ext, ids in sorted(holders.items()):
            ids = [i for i in dict.fromkeys(ids) if i not in self.gone]
            if len(ids) < 2:
                continue
            ranked = sorted(ids, key=lambda i: _rank(self.rows[i]))
            for other in ranked[1:]:
                a, b = _candidate(self.rows[ranked[0]]), _candidate(self.rows[other])
                if match(a, b) is None and match(b, a) is None and a.kind != b.kind:
                    continue  # a shared id across incompatible kinds is a data error, not an identity
                own, theirs = _own_listing(self.rows[ranked[0]]), _own_listing(self.rows[other])
                if own and theirs and own != theirs:
                    continue  # two OFAC listings stay two, whatever record cited both (its ids moved along)
                self.add(ranked[0], other, 100.0, f"shared external id {ext}")

    def names(self) -> None:
        listed = [_candidate(r) for r in self.rows.values() if _is_listed(r) and r["id"] not in self.gone]
        index: dict[str, list[Candidate]] = defaultdict(list)
        for cand in listed:
            for key in cand.blocking_keys():
                index[key].append(cand)
        for row in sorted(self.rows.values(), key=lambda r: r["id"]):
            if _is_listed(row) or row["id"] in self.gone or row["kind"] == "Country" or row.get("authority_of"):
                continue
            news = _candidate(row)
            pool = {c.id: c for key in news.blocking_keys() for c in index.get(key, [])
                    if c.id not in self.gone}
            self.report.comparisons += len(pool)
            top = contenders(ranked_matches(news, list(pool.values())))
            if len(top) > 1:
                top = self._by_country_context(news.id, top)
            if len(top) == 1 and top[0][1].weak_alias_only:
                # OFAC's own guidance: a weak a.k.a. alone is too broad to identify anyone; a country the
                # article ties the actor to must confirm it
                confirmed = self._by_country_context(news.id, top, required=True)
                if not confirmed:
                    self.report.weak_alias_only[news.id] = top[0][0].id
                top = confirmed
            if len(top) == 1:
                entry, m = top[0]
                self.add(entry.id, news.id, m.score, m.reason)
            elif top:
                self.report.ambiguous[news.id] = sorted(e.id for e, _ in top)

    def _by_country_context(self, news_id: str, top: list[tuple[Candidate, Match]], required: bool = False
                            ) -> list[tuple[Candidate, Match]]:
        """Namesakes on a list: keep the one whose countries (nationality, citizenship, birthplace,
        addresses, programs) include a country the news actor is tied to or mentioned with, if only one
        does. Otherwise all of ``top``, or none when the country context is ``required``."""
        countries = self.countries_of(news_id)
        if not countries:
            return [] if required else top
        fitting = []
        for entry, m in top:
            text = f" {_country_text(self.rows[entry.id])} "
            hits = sorted(c for c in countries if f" {c} " in text)
            if hits:
                fitting.append((entry, Match(m.score, f"{m.reason}; country context {hits[0]!r}")))
        return fitting if len(fitting) == 1 else [] if required else top


def plan_links(store: GraphStore) -> LinkReport:
    """What ``link_actors`` would merge, without writing."""
    merges = list_merges(store)
    planner = _Planner(_load_actors(store, merges), merges, lambda aid: _news_countries(store, aid))
    planner.redirects()
    planner.shared_ids()
    planner.names()
    planner.report.planned = planner.plan
    return planner.report


def link_actors(store: GraphStore, dry_run: bool = False, only: Iterable[str] | None = None) -> LinkReport:
    """Run entity resolution now and apply the merges (unless ``dry_run``). ``only`` restricts the merges to
    those absorbing the given actor ids (e.g. the actors of a just-ingested article)."""
    report = plan_links(store)
    if only is not None:
        wanted = set(only)
        report.planned = [p for p in report.planned if p.absorbed in wanted or p.canonical in wanted]
    if not dry_run:
        for p in report.planned:
            report.merges.append(merge_actors(store, p.canonical, p.absorbed, p.score, p.reason,
                                               repeat=p.repeat))
    return report
