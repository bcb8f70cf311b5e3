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


def _known_valid(cls: type[BaseModel], values: dict[str, Any], fields_set: set[str]) -> Any:
    """An instance of ``cls`` made as pydantic's ``model_construct`` makes one, from ``values`` that are already
    what validation makes of them (every field, in declaration order) and the fields validation marks as set."""
    m = cls.__new__(cls)
    object.__setattr__(m, "__dict__", values)
    object.__setattr__(m, "__pydantic_fields_set__", fields_set)
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m


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
        return _clean_actor_name(v)

    @field_validator("properties")
    @classmethod
    def _props(cls, v: dict[str, Any]) -> dict[str, Any]:
        return _check_properties(v)

    @model_validator(mode="after")
    def _derive(self) -> Actor:
        if not self.id:
            self.id = actor_id(self.kind, self.name)
        self.aliases = _distinct_aliases(self.name, self.aliases)
        self.external_ids = list(dict.fromkeys(self.external_ids))
        return self

    @classmethod
    def extracted(cls, name: str, kind: str, aliases: list[str]) -> Actor:
        """``Actor(name=name, kind=kind, aliases=aliases)``, its validators run by hand with no pydantic pass when
        the values are of the exact types validation keeps (as an extractor's are); otherwise, or when a validator
        objects, validated as usual."""
        if type(name) is str and 1 <= len(name) <= 500 and (name.isascii() or _no_lone_surrogates(name)) \
                and type(kind) is str and type(aliases) is list and all(type(a) is str for a in aliases):
            try:
                clean = _clean_actor_name(name)
                canonical_kind = ontology().actor_kind(kind).name
                ident = actor_id(canonical_kind, clean)
            except ValueError:
                pass
            else:
                return _known_valid(cls, {
                    "id": ident, "name": clean, "kind": canonical_kind, "aliases": _distinct_aliases(clean, aliases),
                    "external_ids": [], "description": None, "properties": {},
                }, {"name", "kind", "aliases", "id", "external_ids"})
        return cls(name=name, kind=kind, aliases=aliases)


def _no_lone_surrogates(text: str) -> bool:
    """Whether ``text`` is valid Unicode (pydantic refuses a lone surrogate where it checks a length)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _clean_actor_name(v: str) -> str:
    v = _SPACES.sub(" ", BIDI_CONTROLS.sub("", v)).strip()
    if not normalize_name(v):
        raise ValueError("name has no letters or digits")
    return v


def _distinct_aliases(name: str, aliases: list[str]) -> list[str]:
    """The aliases cleaned, each once, none empty or the name itself."""
    seen = {name}
    return [a for a in dict.fromkeys(BIDI_CONTROLS.sub("", a).strip() for a in aliases) if a and a not in seen]


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

    @classmethod
    def of_sentence(cls, document_id: str, sentence: str, start: int | None = None, end: int | None = None,
                    locator: str | None = None) -> Evidence:
        """``Evidence(...)`` of the fields given (not None), with no validation pass when the values are plainly
        valid (exact str and int, 0 <= start <= end), as an extractor's are; otherwise validated as usual."""
        if type(document_id) is str and type(sentence) is str:
            if start is None and end is None and (locator is None or type(locator) is str):
                return _known_valid(cls, {"document_id": document_id, "sentence": sentence, "start": None, "end": None,
                                          "locator": locator},
                                    {"document_id", "sentence", "locator"} if locator is not None
                                    else {"document_id", "sentence"})
            if type(start) is int and type(end) is int and 0 <= start <= end and locator is None:
                return _known_valid(cls, {"document_id": document_id, "sentence": sentence, "start": start, "end": end,
                                          "locator": None}, {"document_id", "sentence", "start", "end"})
        given = {"start": start, "end": end, "locator": locator}
        return cls(document_id=document_id, sentence=sentence, **{k: v for k, v in given.items() if v is not None})


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
            self.id = _relation_id(self.source, self.type, self.target, self.evidence)
        return self

    @classmethod
    def extracted(cls, source: str, rel_type: str, target: str, date: dt.date | None, status: RelationStatus,
                  confidence: float, attributed_to: str | None, evidence: Evidence,
                  properties: dict[str, str | bool]) -> Relation:
        """``Relation(...)`` of these fields (no id given), with no validation pass when every value is already
        what validation would keep unchanged (exact types, a registered type's own name, a confidence in [0, 1],
        lower_snake_case property keys with str or bool values), as an extractor's are; otherwise validated."""
        rt = ontology().relation_types.get(rel_type)  # (registered names have no spaces: strip() keeps them)
        fast = rt is not None and rt.name == rel_type and rel_type.upper() == rel_type and type(source) is str \
            and type(target) is str and (date is None or type(date) is dt.date) and type(status) is RelationStatus \
            and type(confidence) is float and 0.0 <= confidence <= 1.0 \
            and (attributed_to is None or type(attributed_to) is str) and type(evidence) is Evidence
        if fast:
            for key, value in properties.items():
                if type(value) is not str and type(value) is not bool or type(key) is not str \
                        or not _PROPERTY_KEY.match(key):
                    fast = False
                    break
        if fast:
            return _known_valid(cls, {
                "id": _relation_id(source, rel_type, target, evidence), "source": source, "type": rel_type,
                "target": target,
                "date": date, "end_date": None, "status": status, "attributed_to": attributed_to,
                "confidence": confidence, "evidence": evidence, "properties": dict(properties),
            }, {"source", "type", "target", "date", "status", "attributed_to", "confidence", "evidence", "properties",
                "id"})
        return cls(source=source, type=rel_type, target=target, date=date, status=status, confidence=confidence,
                   attributed_to=attributed_to, evidence=evidence, properties=properties)


def _relation_id(source: str, rel_type: str, target: str, ev: Evidence) -> str:
    """The deterministic id of a relation: its triple and where its evidence is."""
    key = f"{source!s}|{rel_type!s}|{target!s}|{ev.document_id!s}|{ev.start!s}|{ev.end!s}|{ev.locator!s}"
    return "rel:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:24]
