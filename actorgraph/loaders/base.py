"""Interfaces shared by every loader.

An ``Extraction`` is what one unit of input becomes: a document (or a list snapshot) with its actors,
relations and mention counts. ``GraphStore.load_document`` stores one atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from actorgraph.graph import Actor, Document, Relation


@dataclass
class Extraction:
    document: Document | None
    actors: list[Actor] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    mentions: dict[str, int] = field(default_factory=dict)
    """actor id -> how often the document mentions it (empty: each actor once)."""


class Extractor(Protocol):
    """Turns one document into actors and relations. The offline rule-based extractor is the default;
    a statistical NER model or an LLM endpoint can implement the same protocol."""

    name: str

    def extract(self, document: Document) -> Extraction: ...
