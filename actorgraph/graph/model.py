"""Domain model: actors, documents, evidence and relationships.

Plain pydantic models with no database methods; the store turns them into rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from actorgraph.graph.registry import RelationStatus, ontology

Scalar = str | int | float | bool
PropertyValue = Scalar | list[str] | list[int] | list[float]

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
# Bidirectional embeddings, overrides and isolates reorder how the rest of a string is displayed: in a name
# they only serve to make one name look like another ("Trojan Source"), so names and titles drop them.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_PROPERTY_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)  # the extractor and the list loaders normalise the same names over and over
def normalize_name(name: str) -> str:
    """Accent-, case- and punctuation-insensitive form of a name: 'Nicolás  MADURO' -> 'nicolas maduro'."""
    text = strip_accents(name).casefold().replace("_", " ")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()


def display_person_name(name: str) -> str:
    """'MADURO MOROS, Nicolas' -> 'Nicolas MADURO MOROS' (list order to reading order); other forms unchanged."""
    if name.count(",") == 1:
        surname, given = (p.strip() for p in name.split(","))
        if surname and given and not any(ch.isdigit() for ch in name):
            return f"{given} {surname}"
    return name.strip()


def actor_id(kind: str, name: str) -> str:
    """Deterministic id from kind and normalised name, so two loads of the same actor meet."""
    canonical_kind = ontology().actor_kind(kind).name
    if canonical_kind == "Person":
        name = display_person_name(name)
    slug = normalize_name(name).replace(" ", "-")
    if not slug:
        raise ValueError(f"actor name {name!r} has no letters or digits")
    if len(slug) > 80:
        slug = slug[:64] + "-" + hashlib.sha1(slug.encode()).hexdigest()[:12]
    return f"{canonical_kind.lower()}:{slug}"


def content_hash(text: str) -> str:
    return "doc:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _check_properties(props: dict[str, Any]) -> dict[str, Any]:
    for key, value in props.items():
        if not _PROPERTY_KEY.match(key):
            raise ValueError(f"property name {key!r} must be lower_snake_case")
        if isinstance(value, list) and not all(isinstance(v, str | int | float) for v in value):
            raise ValueError(f"property {key!r}: lists may hold only strings and numbers")
    return props


class Actor(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid")

    id: str = ""
    name: Annotated[str, Field(min_length=1, max_length=500)]
    kind: str
    aliases: list[str] = Field(default_factory=list)
    external_ids: list[str] = Field(default_factory=list, description="e.g. ofac:22790, wikidata:Q…")
    description: str | None = None
    properties: dict[str, PropertyValue] = Field(default_factory=dict)

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, v: str) -> str:
        return ontology().actor_kind(v).name

    @field_validator("name")
    @classmethod
    def _clean_name(cls, v: str) -> str:
        v = _SPACES.sub(" ", BIDI_CONTROLS.sub("", v)).strip()
        if not normalize_name(v):
            raise ValueError("name has no letters or digits")
        return v

    @field_validator("properties")
    @classmethod
    def _props(cls, v: dict[str, Any]) -> dict[str, Any]:
        return _check_properties(v)

    @model_validator(mode="after")
    def _derive(self) -> Actor:
        if not self.id:
            self.id = actor_id(self.kind, self.name)
        seen = {self.name}
        self.aliases = [a for a in dict.fromkeys(BIDI_CONTROLS.sub("", a).strip() for a in self.aliases)
                        if a and a not in seen]
        self.external_ids = list(dict.fromkeys(self.external_ids))
        return self


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = ""
    title: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="publisher or outlet")
    published: dt.date | None = None
    ingested_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))
    path: str | None = Field(None, description="file the document was read from")
    text: str = Field("", description="full text; used for the content hash, not stored in the graph")

    @model_validator(mode="after")
    def _derive(self) -> Document:
        if self.title is not None:
            self.title = BIDI_CONTROLS.sub("", self.title)
        if not self.id:
            if not self.text:
                raise ValueError("a document needs an id or its text")
            self.id = content_hash(self.text)
        return self


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid")

    document_id: str
    sentence: str | None = None
    start: int | None = Field(None, ge=0, description="character offset of the sentence in the document")
    end: int | None = Field(None, ge=0)
    locator: str | None = Field(None, description="row or record for list sources, e.g. 'sdn.csv#22790'")

    @model_validator(mode="after")
    def _offsets(self) -> Evidence:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError("evidence end offset is before its start")
        return self


class Relation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = ""
    source: str
    type: str
    target: str
    date: dt.date | None = None
    end_date: dt.date | None = None
    status: RelationStatus = RelationStatus.ASSERTED
    attributed_to: str | None = Field(None, description="actor id of who says so (outlet, authority)")
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    evidence: Evidence
    properties: dict[str, PropertyValue] = Field(default_factory=dict)

    @field_validator("type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        return ontology().relation_type(v).name

    @field_validator("properties")
    @classmethod
    def _props(cls, v: dict[str, Any]) -> dict[str, Any]:
        return _check_properties(v)

    @model_validator(mode="after")
    def _derive(self) -> Relation:
        if not self.id:
            ev = self.evidence
            key = "|".join(
                str(x) for x in (self.source, self.type, self.target, ev.document_id, ev.start, ev.end, ev.locator)
            )
            self.id = "rel:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:24]
        return self
