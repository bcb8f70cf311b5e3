"""The ontology as data: actor kinds and relationship types, read from ``ontology.yaml``.

Every label and relationship type that reaches Cypher text comes from here, never from user input.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from actorgraph.errors import InvalidInput

_NAME = re.compile(r"^[A-Z][A-Za-z_]*$")


class RelationClass(enum.StrEnum):
    COOPERATION = "cooperation"
    CONFLICT = "conflict"
    STRUCTURAL = "structural"
    INTERNAL = "internal"


class RelationStatus(enum.StrEnum):
    """How the source document presents a relationship."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    ALLEGED = "alleged"
    DENIED = "denied"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


@dataclass(frozen=True)
class RelationType:
    name: str
    description: str
    relation_class: RelationClass
    directed: bool
    plover: str | None
    cameo: tuple[str, ...]
    color: str


@dataclass(frozen=True)
class ActorKind:
    name: str
    description: str
    shape: str
    color: str


@dataclass(frozen=True)
class Ontology:
    relation_types: dict[str, RelationType]
    actor_kinds: dict[str, ActorKind]
    class_colors: dict[RelationClass, str]
    actor_label: str = "Actor"
    document_label: str = "Document"
    mentions_type: str = "MENTIONS"
    merge_label: str = "Merge"
    """Entity-resolution merge records (undo data); not an actor, has no edges."""
    _lower_kinds: dict[str, str] = field(default_factory=dict, repr=False)

    def relation_type(self, name: str) -> RelationType:
        """The registered type called ``name`` (case-insensitive); InvalidInput otherwise."""
        key = name.strip().upper() if isinstance(name, str) else name
        try:
            return self.relation_types[key]
        except (KeyError, TypeError):
            raise InvalidInput(
                f"unknown relation type {name!r}; known: {', '.join(self.relation_types)}",
                field="type",
            ) from None

    def actor_kind(self, name: str) -> ActorKind:
        """The registered actor kind called ``name`` (case-insensitive); InvalidInput otherwise."""
        key = self._lower_kinds.get(str(name).strip().lower())
        if key is None:
            raise InvalidInput(
                f"unknown actor kind {name!r}; known: {', '.join(self.actor_kinds)}", field="kind"
            )
        return self.actor_kinds[key]

    def statuses(self, values: Iterable[object], field: str = "status") -> list[str]:
        """Registered status values for ``values`` (case-insensitive); InvalidInput naming ``field`` otherwise."""
        try:
            return [RelationStatus(str(v).strip().lower()).value for v in values]
        except ValueError:
            known = ", ".join(s.value for s in RelationStatus)
            raise InvalidInput(f"unknown relation status in {list(values)!r}; known: {known}",
                               field=field) from None

    def fact_types(self) -> list[str]:
        """Relation types that describe the world (everything but internal bookkeeping)."""
        return [n for n, t in self.relation_types.items() if t.relation_class is not RelationClass.INTERNAL]

    def all_labels(self) -> set[str]:
        return {self.actor_label, self.document_label, *self.actor_kinds}


def _check_name(name: str, what: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"ontology.yaml: {what} {name!r} is not a valid Cypher identifier")
    return name


@cache
def ontology() -> Ontology:
    text = resources.files("actorgraph.graph").joinpath("ontology.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    class_colors = {RelationClass(k): v["color"] for k, v in data["classes"].items()}
    kinds = {
        _check_name(name, "actor kind"): ActorKind(name, spec["description"], spec["shape"], spec["color"])
        for name, spec in data["actor_kinds"].items()
    }
    types = {}
    for name, spec in data["relation_types"].items():
        _check_name(name, "relation type")
        types[name] = RelationType(
            name=name,
            description=spec["description"],
            relation_class=RelationClass(spec["class"]),
            directed=bool(spec.get("directed", True)),
            plover=spec.get("plover"),
            cameo=tuple(str(c) for c in spec.get("cameo", [])),
            color=spec["color"],
        )
    labels = data["labels"]
    return Ontology(
        relation_types=types,
        actor_kinds=kinds,
        class_colors=class_colors,
        actor_label=_check_name(labels["actor"], "label"),
        document_label=_check_name(labels["document"], "label"),
        mentions_type=_check_name(labels["mentions"], "relation type"),
        merge_label=_check_name(labels.get("merge", "Merge"), "label"),
        _lower_kinds={k.lower(): k for k in kinds},
    )
