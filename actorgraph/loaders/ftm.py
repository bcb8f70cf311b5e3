"""FollowTheMoney / OpenSanctions entities (JSON lines) -> actors and relations.

Two passes: every line is read first (an entity seen again - a delta line - merges its property values into
the earlier one), then actors and relations are built, so a relationship may name entities defined later in
the file. Thing schemas become actors (Person; Organization, Company, LegalEntity, PublicBody ->
Organization; Vessel; Airplane -> Aircraft); interval schemas become relations:

  Sanction -> SANCTIONS (source: the named authority, else the sanctioning country; startDate/endDate)
  Membership -> MEMBER_OF; Directorship -> LEADS (heads the organisation) or HOLDS_POSITION (other roles)
  Employment -> HOLDS_POSITION; Family -> FAMILY_OF; Ownership, Associate, UnknownLink -> ASSOCIATED_WITH

Entities of other schemas (Address, Passport, ...) are skipped. Every edge keeps its provenance: the FtM
entity id, its datasets, source URLs, and the record itself as the evidence sentence.
Entities written by ``export_ftm`` carry an ``actorgraph`` key that restores ids and types exactly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from actorgraph.errors import InvalidInput
from actorgraph.graph.model import Actor, Document, Evidence, Relation, actor_id
from actorgraph.graph.registry import ontology
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.ftm_values import country_actor, export_hint, first_value, full_date, written_in
from actorgraph.loaders.list_errors import HeadCheck
from actorgraph.loaders.list_facts import iso_birth_dates, list_fact_properties

log = logging.getLogger(__name__)

BATCH_SIZE = 1_000
ACTOR_SCHEMAS = {"Person": "Person", "Organization": "Organization", "Company": "Organization",
                 "LegalEntity": "Organization", "PublicBody": "Organization", "Vessel": "Vessel",
                 "Airplane": "Aircraft"}
# schema -> (relation type, source property, target property)
LINK_SCHEMAS = {
    "Sanction": ("SANCTIONS", "authority", "entity"),
    "Membership": ("MEMBER_OF", "member", "organization"),
    "Directorship": ("HOLDS_POSITION", "director", "organization"),
    "Employment": ("HOLDS_POSITION", "employee", "employer"),
    "Family": ("FAMILY_OF", "person", "relative"),
    "Ownership": ("ASSOCIATED_WITH", "owner", "asset"),
    "Associate": ("ASSOCIATED_WITH", "person", "associate"),
    "UnknownLink": ("ASSOCIATED_WITH", "subject", "object"),
}
AUTHORITY_ALIASES = {"ofac": "Office of Foreign Assets Control"}
_HEAD_ROLE = re.compile(r"\b(chair(man|woman|person)?|president|ceo|chief executive|general director|"
                        r"director[- ]general|managing director|head|leader|генеральный директор|председатель)\b",
                        re.IGNORECASE)
_SAFE_ID = re.compile(r"^[a-z]+:[\w.-]+$")

ErrorHandler = Callable[[InvalidInput], None]


def _log_error(err: InvalidInput) -> None:
    log.warning("%s", err)


def looks_like_ftm(path: str | Path) -> bool:
    """A JSON-lines file whose first record has ``schema`` and ``properties``."""
    p = Path(path)
    if not p.is_file():
        return False
    try:
        with p.open("r", encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    first = json.loads(line)
                    return isinstance(first, dict) and "schema" in first and isinstance(
                        first.get("properties"), dict)
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return False


@dataclass
class FtmReader:
    """Reads one FtM JSON-lines file into Extractions; bad lines go to ``on_error``."""

    path: str | Path
    batch_size: int = BATCH_SIZE
    on_error: ErrorHandler = _log_error
    errors: list[InvalidInput] = field(default_factory=list)
    skipped_links: list[str] = field(default_factory=list)
    unnormalised: list[tuple[str, str]] = field(default_factory=list)
    """(property, value) kept as written: country codes or birth dates that could not be normalised
    (docs/sanctions-lists.md); not errors"""
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    """entity id -> the line it first appears on, for error messages"""
    _actor_index: dict[str, Actor] | None = field(default=None, repr=False)

    def _error(self, err: InvalidInput) -> None:
        self.errors.append(err)
        self.on_error(err)

    def _refused(self, eid: str, err: ValueError | TypeError) -> None:
        """An entity the model refuses: one line naming the entity, its line and the field."""
        problem = err.errors()[0] if isinstance(err, ValidationError) else None
        where = ".".join(str(x) for x in problem["loc"]) if problem and problem["loc"] else None
        message = problem["msg"] if problem else str(err).splitlines()[0]
        self._error(InvalidInput(f"entity {eid}: {message}", file=str(self.path), line=self.lines.get(eid),
                                 field=where))

    def _read(self, path: Path) -> None:
        head = HeadCheck(path, "FollowTheMoney JSON lines", self._error)
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    ent = json.loads(line)
                except json.JSONDecodeError as err:
                    head.error(InvalidInput(f"invalid JSON: {err.msg} (column {err.colno})", file=str(path),
                                            line=lineno))
                    continue
                if not isinstance(ent, dict) or not isinstance(ent.get("id"), str) or not isinstance(
                        ent.get("schema"), str) or not isinstance(ent.get("properties", {}), dict):
                    head.error(InvalidInput("an FtM entity needs a string id and schema and a properties "
                                            "object", file=str(path), line=lineno))
                    continue
                head.good()
                self.lines.setdefault(ent["id"], lineno)
                self._merge(ent)
        head.done()

    def _merge(self, ent: dict[str, Any]) -> None:
        props = {k: [str(v) for v in (vs if isinstance(vs, list) else [vs])]
                 for k, vs in (ent.get("properties") or {}).items()}
        seen = self.entities.get(ent["id"])
        if seen is None:
            self.entities[ent["id"]] = {**ent, "properties": props}
            return
        for key, values in props.items():
            have = seen["properties"].setdefault(key, [])
            have += [v for v in values if v not in have]
        for key in ("datasets", "referents"):
            seen[key] = list(dict.fromkeys([*(seen.get(key) or []), *(ent.get(key) or [])]))
        for key in ("caption", "last_change", "last_seen", "actorgraph"):
            if ent.get(key):
                seen[key] = ent[key]

    def __iter__(self) -> Iterator[Extraction]:
        path = Path(self.path)
        if not path.is_file():
            raise InvalidInput("no such file", file=str(path))
        self._read(path)
        doc = Document(id="doc:" + hashlib.sha256(path.read_bytes()).hexdigest()[:32],
                       title=f"OpenSanctions FtM entities ({path.name})", source="OpenSanctions / FollowTheMoney",
                       published=dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.UTC).date(), path=str(path))
        actors = self._actors()
        links = [(eid, e) for eid, e in self.entities.items() if e["schema"] in LINK_SCHEMAS]
        emitted: set[str] = set()
        for start in range(0, len(links), self.batch_size):
            batch: dict[str, Actor] = {}
            relations = []
            for eid, ent in links[start:start + self.batch_size]:
                try:
                    rel = self._relation(eid, ent, actors, doc, path, batch)
                except (ValueError, TypeError) as err:  # pydantic's ValidationError is a ValueError
                    self._refused(eid, err)
                    continue
                if rel is not None:
                    relations.append(rel)
            emitted.update(batch)
            yield Extraction(document=doc, actors=list(batch.values()), relations=relations,
                             mentions={a: 1 for a in batch})
        rest = [a for a in actors.values() if a.id not in emitted]
        for start in range(0, len(rest), self.batch_size):
            chunk = rest[start:start + self.batch_size]
            yield Extraction(document=doc, actors=chunk, relations=[], mentions={a.id: 1 for a in chunk})

    # -- actors ---------------------------------------------------------------------------------------
    def _actors(self) -> dict[str, Actor]:
        """FtM id -> Actor; same-named entities get distinct ids (the FtM id is appended)."""
        built: dict[str, Actor] = {}
        by_id: dict[str, list[str]] = defaultdict(list)
        for eid, ent in self.entities.items():
            hint = export_hint(ent)
            kind = hint.get("kind") if isinstance(hint.get("kind"), str) else ACTOR_SCHEMAS.get(ent["schema"])
            if kind is None or ontology().actor_kinds.get(kind) is None:
                continue
            names = ent["properties"].get("name") or []
            name = ent.get("caption") if ent.get("caption") in names else first_value(names) or ent.get("caption")
            if not name:
                self._error(InvalidInput(f"entity {eid} has no name", file=str(self.path), line=self.lines.get(eid),
                                         field="name"))
                continue
            try:
                built[eid] = self._actor(eid, ent, kind, name, hint)
            except (ValueError, TypeError) as err:
                self._refused(eid, err)
                continue
            if not hint.get("id"):
                by_id[built[eid].id].append(eid)
        for aid, eids in by_id.items():
            for eid in sorted(eids)[1:]:
                slug = re.sub(r"[^a-z0-9]+", "-", eid.lower()).strip("-")
                built[eid] = built[eid].model_copy(update={"id": f"{aid}-os-{slug}"})
        return built

    def _actor(self, eid: str, ent: dict[str, Any], kind: str, name: str, hint: dict[str, Any]) -> Actor:
        p = ent["properties"]
        aliases = [n for n in [*p.get("name", []), *p.get("alias", []), *p.get("weakAlias", []),
                               *p.get("previousName", [])] if n != name]
        external = [] if hint.get("id") else [f"opensanctions:{eid}"]
        for ref in ent.get("referents") or []:
            external.append(f"ofac:{ref[5:]}" if ref.startswith("ofac-") and ref[5:].isdigit()
                            else f"opensanctions:{ref}")
        external += [x for x in hint.get("external_ids") or [] if isinstance(x, str)]
        source = hint.get("list_source") or "opensanctions"
        props: dict[str, Any] = {"list_source": source, "list_sources": [source], "ftm_schema": ent["schema"]}
        for src, dst in (("datasets", "datasets"),):
            if ent.get(src):
                props[dst] = [str(x) for x in ent[src]]
        for src, dst in (("sourceUrl", "source_urls"), ("position", "positions"), ("topics", "topics"),
                         ("program", "programs")):
            if p.get(src):
                props[dst] = p[src]
        if p.get("weakAlias"):
            props["weak_aliases"] = p["weakAlias"]
        facts, kept = list_fact_properties(p.get("country", []), p.get("nationality", []), p.get("citizenship", []),
                                           iso_birth_dates(p.get("birthDate", [])))
        props.update(facts)
        self.unnormalised += kept
        if kind == "Person" and p.get("firstName") and p.get("lastName"):
            given, last = written_in(p["firstName"], name), written_in(p["lastName"], name)
            props["given_names"], props["surnames"] = (given, last) if given and last else (
                p["firstName"][0], p["lastName"][0])
        description = first_value(p.get("summary")) or first_value(p.get("description")) or first_value(p.get("notes"))
        aid = hint.get("id") if isinstance(hint.get("id"), str) and _SAFE_ID.match(hint["id"]) else actor_id(kind, name)
        return Actor(id=aid, name=name, kind=kind, aliases=aliases, external_ids=external,
                     description=description[:1000] if description else None, properties=props)

    # -- relations ------------------------------------------------------------------------------------
    def _relation(self, eid: str, ent: dict[str, Any], actors: dict[str, Actor], doc: Document, path: Path,
                  batch: dict[str, Actor]) -> Relation | None:
        rtype, src_prop, dst_prop = LINK_SCHEMAS[ent["schema"]]
        p = ent["properties"]
        hint = export_hint(ent)
        by_id = self._by_actor_id(actors)
        target = actors.get(first_value(p.get(dst_prop)) or "")
        if hint.get("source") in by_id:
            source: Actor | None = by_id[hint["source"]]
        elif ent["schema"] == "Sanction":
            source = self._authority(p)
        else:
            source = actors.get(first_value(p.get(src_prop)) or "")
        if source is None or target is None:
            self.skipped_links.append(eid)
            return None
        attributed = by_id.get(hint.get("attributed_to") or "")
        for a in (source, target, attributed):
            if a is not None:
                batch.setdefault(a.id, a)
        if ent["schema"] == "Directorship" and _HEAD_ROLE.search(" ".join(p.get("role", []))):
            rtype = "LEADS"
        record = json.dumps({"id": eid, "schema": ent["schema"], "properties": p}, ensure_ascii=False)
        props: dict[str, Any] = {"ftm_id": eid, "ftm_schema": ent["schema"]}
        for key, dst in (("datasets", "datasets"),):
            if ent.get(key):
                props[dst] = [str(x) for x in ent[key]]
        for key, dst in (("program", "programs"), ("sourceUrl", "source_urls"), ("country", "countries"), ("role", "role"),
                         ("relationship", "relationship"), ("percentage", "percentage"),
                         ("authority", "authority"), ("reason", "reason"), ("listingDate", "listing_dates")):
            if p.get(key):
                props[dst] = [v[:500] for v in p[key]]
        if ent["schema"] == "Ownership":
            props["link"] = "ownership"
        status = hint.get("status") or "asserted"
        return Relation(
            source=source.id, type=hint.get("type") or rtype, target=target.id,
            date=hint.get("date") or full_date(p.get("startDate")) or (
                full_date(p.get("listingDate")) if ent["schema"] == "Sanction" else None),
            end_date=hint.get("end_date") or full_date(p.get("endDate"), earliest=False), status=status,
            attributed_to=attributed.id if attributed else None,
            confidence=float(hint.get("confidence", 1.0)),
            evidence=Evidence(document_id=doc.id, sentence=hint.get("sentence") or record[:2000],
                              locator=f"{path.name}#{eid}"),
            properties={k: v for k, v in {**props, **(hint.get("properties") or {})}.items()})

    def _by_actor_id(self, actors: dict[str, Actor]) -> dict[str, Actor]:
        if self._actor_index is None or len(self._actor_index) != len(actors):
            self._actor_index = {a.id: a for a in actors.values()}
        return self._actor_index

    def _authority(self, p: dict[str, list[str]]) -> Actor | None:
        names = [a for a in p.get("authority", []) if a.strip()]
        if names:
            name = AUTHORITY_ALIASES.get(names[0].strip().lower(), names[0].strip())
            where = ", ".join(c.upper() for c in p.get("country", []))
            # marked so that entity resolution never folds a sanctioning authority into a listed entity
            return Actor(name=name, kind="Organization", description=f"Sanctions authority ({where or '?'})",
                         properties={"authority_of": [c.lower() for c in p.get("country", [])] or ["?"]})
        for code in p.get("country", []):
            if (found := country_actor(code)) is not None:
                return found
        return None


def read_ftm(path: str | Path, on_error: ErrorHandler | None = None,
             batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """Extractions from one FtM JSON-lines file (relations with their endpoints first, then the other
    actors), ``batch_size`` entities each. Bad lines go to ``on_error`` (default: a logged warning)."""
    return iter(FtmReader(path, batch_size=batch_size, on_error=on_error or _log_error))
