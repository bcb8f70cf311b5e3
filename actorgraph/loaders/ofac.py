"""OFAC SDN list (legacy CSV: sdn.csv + alt.csv + add.csv) -> actors and SANCTIONS/DESIGNATES/ASSOCIATED_WITH.

Kinds: SDN_Type ``individual`` -> Person, ``vessel`` -> Vessel, ``aircraft`` -> Aircraft, ``-0-`` (entity)
-> Organization. Every listing is sanctioned by the United States (Country), attributed to OFAC; listings
under terrorism programs (FTO, SDGT) are also designated. ``Linked To: NAME`` remarks become ASSOCIATED_WITH
edges when NAME resolves to another listing (exact normalised name, then alias); unresolved links are
reported, never invented.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from actorgraph.errors import InvalidInput
from actorgraph.graph.model import (
    Actor,
    Document,
    Evidence,
    Relation,
    actor_id,
    normalize_name,
)
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.list_facts import list_fact_properties, ofac_birth_dates
from actorgraph.loaders.ofac_csv import (
    ErrorHandler,
    Listing,
    attach_aliases_and_addresses,
    is_sdn_row,
    list_date,
    parse_sdn,
    person_forms,
    resolve_paths,
    sdn_files,
)

log = logging.getLogger(__name__)

BATCH_SIZE = 1_000
OFAC_NAME = "Office of Foreign Assets Control"
SANCTIONING_COUNTRY = "United States"
DESIGNATION_PROGRAMS = frozenset({"FTO", "SDGT"})
MODEL_COLUMNS = {"name": "SDN_Name", "aliases": "alt_name", "properties": "Remarks"}
# the closing quote is the one that ends the remark item: names keep inner apostrophes ('ABU-'UMAR')
_WEAK_AKA = re.compile(r"\ba\.k\.a\.,?\s*'(.+?)'(?=\s*(?:[;.,)]|$))", re.IGNORECASE)
_LINKED_TO = re.compile(r"Linked To:\s*([^;]+)", re.IGNORECASE)
_REMARK_FIELDS = {  # the first one of each
    "pob": re.compile(r"(?<![.\w])POB\s+([^;]+)"),
    "gender": re.compile(r"\bGender\s+([^;]+)"),
}
# every one of each ('DOB 1960; alt. DOB 1962'), for list_fact_properties
_DOB = re.compile(r"(?<![.\w])DOB\s+([^;]+)")
_NATIONALITY = re.compile(r"(?<![.\w])nationality\s+([^;]+)")
_CITIZEN = re.compile(r"(?<![.\w])citizen\s+([^;]+)")


def _log_error(err: InvalidInput) -> None:
    log.warning("%s", err)


def looks_like_ofac(path: str | Path) -> bool:
    """A directory holding an sdn*.csv file, or an sdn*.csv file whose first row has 12 fields and a
    numeric ent_num."""
    p = Path(path)
    if p.is_dir():
        return any(sdn_files(p))
    if not p.is_file() or p.suffix.lower() != ".csv":
        return False
    try:
        with p.open("rb") as fh:
            head = fh.read(4096).decode("latin-1").replace("\x1a", "")
    except OSError:
        return False
    first = head.splitlines()[0] if head.strip() else ""
    try:
        return is_sdn_row(next(csv.reader([first])))
    except (csv.Error, StopIteration):
        return False


def _unique_ids(listings: list[Listing]) -> dict[int, str]:
    """Actor id per ent_num: from the (reading-order) name; when different listings share a name, the
    lowest ent_num keeps the plain id and the others get ``-ofac-ENT`` appended."""
    by_id: dict[str, set[int]] = defaultdict(set)
    for item in listings:
        by_id[actor_id(item.kind, item.name)].add(item.ent_num)
    ids: dict[int, str] = {}
    for aid, ents in by_id.items():
        for i, ent in enumerate(sorted(ents)):
            ids[ent] = aid if i == 0 else f"{aid}-ofac-{ent}"
    return ids


def _remark_items(rx: re.Pattern[str], remarks: str) -> list[str]:
    return [m.strip().rstrip(".") for m in rx.findall(remarks)]


def _actor(item: Listing, aid: str, unnormalised: list[tuple[str, str]]) -> Actor:
    remarks = item.remarks
    props: dict[str, str | list[str]] = {"programs": item.programs, "list_source": "ofac",
                                         "list_sources": ["ofac"],
                                         "ofac_type": item.sdn_type or "entity"}
    for key, rx in _REMARK_FIELDS.items():
        if m := rx.search(remarks):
            props[key] = m.group(1).strip().rstrip(".")
    if item.title:
        props["title"] = item.title
    facts, kept = list_fact_properties(item.countries, _remark_items(_NATIONALITY, remarks),
                                       _remark_items(_CITIZEN, remarks),
                                       ofac_birth_dates(_remark_items(_DOB, remarks)))
    props.update(facts)
    unnormalised += kept
    if remarks:
        props["remarks"] = remarks[:500]
    props.update(item.vessel)
    if item.kind == "Person" and item.name.count(",") == 1:
        surname, given = (p.strip() for p in item.name.split(","))
        props["surnames"], props["given_names"] = surname, given
    names = person_forms(item.name) if item.kind == "Person" else [item.name]
    weak = [_unquoted(w.strip()) for w in _WEAK_AKA.findall(remarks)]
    if weak:
        props["weak_aliases"] = weak
    return Actor(id=aid, name=item.name, kind=item.kind, aliases=[*names[1:], *item.aliases, *weak],
                 external_ids=[f"ofac:{item.ent_num}"], properties=props)


def _unquoted(alias: str) -> str:
    """OFAC sometimes doubles the quotes (a.k.a. ''NAME'')."""
    return alias[1:-1].strip() if len(alias) > 2 and alias[0] == alias[-1] == "'" else alias


def _links(item: Listing) -> list[str]:
    return [m.strip() for m in _LINKED_TO.findall(item.remarks)]


def _name_index(actors: dict[int, Actor]) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    exact: dict[str, set[int]] = defaultdict(set)
    alias: dict[str, set[int]] = defaultdict(set)
    for ent, a in actors.items():
        exact[normalize_name(a.name)].add(ent)
        for al in a.aliases:
            alias[normalize_name(al)].add(ent)
    return exact, alias


def _resolve_link(name: str, exact: dict[str, set[int]], alias: dict[str, set[int]]) -> int | None:
    key = normalize_name(name)
    for index in (exact, alias):
        hits = index.get(key, set())
        if len(hits) == 1:
            return next(iter(hits))
    return None


@dataclass
class OfacReader:
    """Reads one OFAC snapshot (one or more sdn files with their alt/add files) into Extractions."""

    path: str | Path | Sequence[str | Path]
    batch_size: int = BATCH_SIZE
    on_error: ErrorHandler = _log_error
    unresolved_links: list[tuple[int, str]] = field(default_factory=list)
    errors: list[InvalidInput] = field(default_factory=list)
    listings: int = 0
    unnormalised: list[tuple[str, str]] = field(default_factory=list)
    """(property, value) kept as written: countries, nationalities or birth dates that could not be
    normalised (docs/sanctions-lists.md); not errors"""

    def _error(self, err: InvalidInput) -> None:
        self.errors.append(err)
        self.on_error(err)

    def __iter__(self) -> Iterator[Extraction]:
        sdn, alt, add = resolve_paths(self.path)
        per_file = {p: parse_sdn(p, self._error) for p in sdn}
        every = [item for items in per_file.values() for item in items]
        attach_aliases_and_addresses(every, alt, add, self._error)
        ids = _unique_ids(every)
        actors = self._actors(every, ids)
        per_file = {p: [item for item in items if item.ent_num in actors] for p, items in per_file.items()}
        exact, alias = _name_index(actors)
        us = Actor(name=SANCTIONING_COUNTRY, kind="Country")
        ofac = Actor(name=OFAC_NAME, kind="Organization", aliases=["OFAC"],
                     description="U.S. Treasury Office of Foreign Assets Control",
                     properties={"authority_of": ["us"]})
        for path, items in per_file.items():
            doc = self._document(path)
            for start in range(0, len(items), self.batch_size):
                yield self._batch(doc, items[start:start + self.batch_size], actors, (exact, alias), us, ofac)

    def _actors(self, listings: list[Listing], ids: dict[int, str]) -> dict[int, Actor]:
        """One actor per ent_num; a listing the model refuses (e.g. a name over its length limit) is a row
        error, not a failed load."""
        actors: dict[int, Actor] = {}
        for item in listings:
            try:
                actors[item.ent_num] = _actor(item, ids[item.ent_num], self.unnormalised)
            except ValidationError as err:
                problem = err.errors()[0]
                column = MODEL_COLUMNS.get(str(problem["loc"][0]) if problem["loc"] else "", None)
                self._error(InvalidInput(f"listing {item.ent_num}: {problem['msg']}", file=str(item.file),
                                         line=item.lineno, field=column))
        return actors

    def _document(self, path: Path) -> Document:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:32]
        return Document(id=f"doc:{digest}", title=f"OFAC SDN list ({path.name})", source="U.S. Treasury OFAC",
                        published=list_date(path), path=str(path))

    def _batch(self, doc: Document, items: list[Listing], actors: dict[int, Actor],
               index: tuple[dict[str, set[int]], dict[str, set[int]]], us: Actor, ofac: Actor) -> Extraction:
        batch_actors: dict[str, Actor] = {us.id: us, ofac.id: ofac}
        relations: list[Relation] = []
        for item in items:
            self.listings += 1
            target = actors[item.ent_num]
            batch_actors[target.id] = target
            ev = Evidence(document_id=doc.id, sentence=item.line[:2000], locator=f"{item.file.name}#{item.ent_num}")
            common = {"attributed_to": ofac.id, "evidence": ev}
            relations.append(Relation(source=us.id, type="SANCTIONS", target=target.id, **common,
                                      properties={"programs": item.programs, "authority": OFAC_NAME,
                                                  "list": "OFAC SDN"}))
            designations = [p for p in item.programs if p in DESIGNATION_PROGRAMS]
            if designations:
                relations.append(Relation(source=us.id, type="DESIGNATES", target=target.id, **common,
                                          properties={"programs": designations, "authority": OFAC_NAME}))
            for name in _links(item):
                ent = _resolve_link(name, *index) or _resolve_link(name.rstrip("."), *index)
                if ent is None or ent == item.ent_num:
                    self.unresolved_links.append((item.ent_num, name))
                    continue
                other = actors[ent]
                batch_actors[other.id] = other
                relations.append(Relation(source=target.id, type="ASSOCIATED_WITH", target=other.id, **common,
                                          properties={"link": "Linked To", "linked_name": name}))
        mentions = {aid: 1 for aid in batch_actors}
        return Extraction(document=doc, actors=list(batch_actors.values()), relations=relations,
                          mentions=mentions)


def read_ofac(path: str | Path | Sequence[str | Path], on_error: ErrorHandler | None = None,
              batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """Extractions of ``batch_size`` listings each. ``path``: a directory (sdn*.csv with alt*/add*.csv), an
    sdn file (its alt/add siblings are used), or explicit sdn/alt/add paths. Bad rows go to ``on_error``
    (default: a logged warning) and the rest loads."""
    return iter(OfacReader(path, batch_size=batch_size, on_error=on_error or _log_error))
