"""What the model answers, validated: nothing it says is trusted.

The answer must be one JSON object with ``actors`` and ``relations`` lists (else the chunk is unusable).
Each item is then checked on its own and dropped, with its reason counted, when it does not hold up:
an actor whose kind is not registered or whose name (or an alias) does not occur in the document, a
relation whose type is not registered, whose actors are not listed, whose sentence number is not in the
chunk, whose status is unknown or whose date is not ISO.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from actorgraph.errors import InvalidInput
from actorgraph.graph.model import BIDI_CONTROLS, normalize_name
from actorgraph.graph.registry import RelationStatus, ontology

_FENCE = re.compile(r"^\s*```[A-Za-z]*\s*\n?(.*?)\n?```\s*$", re.S)
_THINKING = re.compile(r"<think>.*?</think>", re.S | re.I)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NULLS = frozenset({"", "null", "none", "unknown", "n/a"})


def normalize_text(text: str) -> str:
    """``normalize_name`` for whole texts (bypasses its cache, which is meant for short names)."""
    return normalize_name.__wrapped__(text)


class ModelActor(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: str = Field(min_length=1, max_length=200)
    kind: str = Field(min_length=1, max_length=40)
    aliases: list[str] = Field(default_factory=list, max_length=30)

    @field_validator("aliases", mode="before")
    @classmethod
    def _listify(cls, v: Any) -> Any:
        if v is None:
            return []
        return [v] if isinstance(v, str) else v


class ModelRelation(BaseModel):
    model_config = ConfigDict(extra="ignore")

    source: str = Field(min_length=1, max_length=200)
    type: str = Field(min_length=1, max_length=60)
    target: str = Field(min_length=1, max_length=200)
    sentence: int
    status: str | None = None
    date: str | None = None
    attributed_to: str | None = Field(None, max_length=200)


class ModelAnswer(BaseModel):
    actors: list[Any] = Field(default_factory=list)
    relations: list[Any] = Field(default_factory=list)


def parse_answer(content: str) -> ModelAnswer:
    """The answer's top level; ``ValueError`` (with a short reason, no model text) when unusable."""
    text = _THINKING.sub("", content).strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    if not text:
        raise ValueError("the answer is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ValueError(f"the answer is not valid JSON ({err.msg} at line {err.lineno} column {err.colno})") \
            from None
    if not isinstance(data, dict):
        raise ValueError(f"the answer is a JSON {type(data).__name__}, not an object with actors and relations")
    try:
        return ModelAnswer.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValueError(f"the answer's {where!r} is not a list") from None


_JOINERS = "\u200c\u200d"  # zero-width (non-)joiners belong to Persian and Indic spellings of names


def clean_name(name: str) -> str:
    """Control and formatting characters out, whitespace collapsed: names are data, nothing else. Bidi
    controls vanish (as ``Actor`` drops them: they only disguise a name), joiners stay, the rest are spaces."""
    kept = "".join(c if c in _JOINERS else " " if unicodedata.category(c)[0] in "CZ" else c
                   for c in BIDI_CONTROLS.sub("", name))
    return " ".join(kept.split())


@dataclass
class ActorEntry:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)


class ActorTable:
    """A document's validated actors, merged across chunks by normalised name (a new actor whose name is
    a known name or alias joins that actor)."""

    def __init__(self, document_text: str) -> None:
        self._padded = f" {normalize_text(document_text)} "
        self.entries: dict[str, ActorEntry] = {}
        self._index: dict[str, str] = {}

    def occurs(self, name: str) -> bool:
        norm = normalize_name(name)
        return bool(norm) and f" {norm} " in self._padded

    def known(self) -> list[tuple[str, str]]:
        return [(e.name, e.kind) for e in self.entries.values()]

    def add(self, raw: Any, dropped: Counter[str]) -> tuple[str, list[str]] | None:
        """Validate one actor of the answer; its key and the normalised forms that refer to it, or None."""
        try:
            actor = ModelActor.model_validate(raw)
        except ValidationError:
            dropped["malformed_actor"] += 1
            return None
        try:
            kind = ontology().actor_kind(actor.kind).name
        except InvalidInput:
            dropped["unknown_kind"] += 1
            return None
        name = clean_name(actor.name)
        aliases = [clean_name(a) for a in actor.aliases if isinstance(a, str)]
        if not normalize_name(name):
            dropped["malformed_actor"] += 1
            return None
        verified = [a for a in aliases if self.occurs(a)]
        if not self.occurs(name) and not verified:
            dropped["invented_actor"] += 1
            return None
        dropped["unverified_alias"] += sum(1 for a in aliases if normalize_name(a) and a not in verified)
        norm = normalize_name(name)
        key = self._index.get(norm, norm)
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = ActorEntry(name, kind)
        forms = [norm]
        for alias in verified:
            alias_norm = normalize_name(alias)
            forms.append(alias_norm)
            if alias_norm != normalize_name(entry.name) and alias not in entry.aliases:
                entry.aliases.append(alias)
        if name != entry.name and name not in entry.aliases:
            entry.aliases.append(name)
        for form in forms:
            self._index.setdefault(form, key)
        return key, forms

    def resolve(self, ref: str | None, local: dict[str, str]) -> str | None:
        """The key of the actor ``ref`` names: this chunk's actors first, then those known before."""
        if not ref:
            return None
        norm = normalize_name(clean_name(ref))
        return local.get(norm) or self._index.get(norm)


@dataclass(frozen=True)
class CheckedRelation:
    source: str
    type: str
    target: str
    sentence: int
    status: RelationStatus
    date: dt.date | None
    attributed_to: str | None


def _date(value: str | None) -> dt.date | None:
    """ISO ``YYYY-MM-DD`` or nothing; ``ValueError`` for anything else."""
    if value is None or value.strip().lower() in _NULLS:
        return None
    value = value.strip()
    if not _ISO_DATE.match(value):
        raise ValueError(value)
    return dt.date.fromisoformat(value)


def check_relation(raw: Any, numbers: range, table: ActorTable, local: dict[str, str],
                   allowed_types: frozenset[str], dropped: Counter[str]) -> CheckedRelation | None:
    """One relation of the answer, or None (its reason counted in ``dropped``)."""
    try:
        rel = ModelRelation.model_validate(raw)
    except ValidationError:
        dropped["malformed_relation"] += 1
        return None
    rel_type = rel.type.strip().upper()
    if rel_type not in allowed_types:
        dropped["unknown_type"] += 1
        return None
    source, target = table.resolve(rel.source, local), table.resolve(rel.target, local)
    if source is None or target is None:
        dropped["unknown_actor"] += 1
        return None
    if source == target:
        dropped["self_relation"] += 1
        return None
    if rel.sentence not in numbers:
        dropped["bad_sentence"] += 1
        return None
    status_text = (rel.status or RelationStatus.ASSERTED.value).strip().lower()
    try:
        status = RelationStatus(status_text)
    except ValueError:
        dropped["bad_status"] += 1
        return None
    try:
        date = _date(rel.date)
    except ValueError:
        dropped["bad_date"] += 1
        return None
    attributed = table.resolve(rel.attributed_to, local)
    if rel.attributed_to and rel.attributed_to.strip().lower() not in _NULLS and attributed is None:
        dropped["unknown_attribution_cleared"] += 1
    return CheckedRelation(source, rel_type, target, rel.sentence, status, date, attributed)
