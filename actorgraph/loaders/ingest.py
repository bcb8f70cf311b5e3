"""Extract documents and load them: the one ingest path shared by the CLI and the API.

Each document is stored with ``GraphStore.load_document`` (one transaction), so a document that fails
leaves nothing behind, and re-ingesting the same text is a no-op. Extractors are chosen by name from
``actorgraph.loaders.extractors``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from actorgraph.errors import ActorGraphError, InvalidInput, StoreUnavailable
from actorgraph.graph import Actor, Document, GraphStore
from actorgraph.graph.model import content_hash
from actorgraph.loaders.base import Extraction, Extractor
from actorgraph.loaders.doc_text import ReadDocument
from actorgraph.loaders.extractors import get_extractor
from actorgraph.loaders.readers import ReadFailure, printable_path

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n")


def count_sentences(text: str) -> int:
    """A quick sentence count for progress display (the extractor does its own splitting)."""
    return sum(1 for part in _SENTENCE_BREAK.split(text) if part and part.strip())


@dataclass
class IngestEvent:
    """What ``progress`` callbacks receive after each input item."""

    document: Document | None = None
    extraction: Extraction | None = None
    failure: str | None = None
    sentences: int = 0


Progress = Callable[[IngestEvent], None]


@dataclass
class IngestReport:
    documents: int = 0
    actors: int = 0
    relations: int = 0
    failures: list[str] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    sentences: int = 0
    relations_by_type: Counter[str] = field(default_factory=Counter)
    link: Any = None
    """``LinkReport`` from ``link_actors`` when linking ran."""
    dry_run: bool = False
    _actor_ids: set[str] = field(default_factory=set, repr=False)
    _doc_ids: set[str] = field(default_factory=set, repr=False)  # a list file comes in many batches, one document

    @property
    def ok(self) -> bool:
        return not self.failures

    def add(self, extraction: Extraction, sentences: int = 0, keep: bool = True) -> None:
        if extraction.document is not None:
            self._doc_ids.add(extraction.document.id)
            self.documents = len(self._doc_ids)
        self._actor_ids.update(a.id for a in extraction.actors)
        self.actors = len(self._actor_ids)
        self.relations += len(extraction.relations)
        self.relations_by_type.update(r.type for r in extraction.relations)
        self.sentences += sentences
        if keep:
            self.extractions.append(extraction)

    def merge(self, other: IngestReport) -> IngestReport:
        self._doc_ids |= other._doc_ids
        self.documents = len(self._doc_ids)
        self._actor_ids |= other._actor_ids
        self.actors = len(self._actor_ids)
        self.relations += other.relations
        self.relations_by_type.update(other.relations_by_type)
        self.sentences += other.sentences
        self.failures += other.failures
        self.extractions += other.extractions
        self.link = other.link or self.link
        return self


def _where(doc: Document) -> str:
    """The file, and where in it when a reader said (``wire.jsonl:7``, ``briefs.json: record 3``)."""
    if isinstance(doc, ReadDocument):
        if doc.line is not None:
            return f"{printable_path(doc.path or '<stdin>')}:{doc.line}"
        if doc.record:
            return f"{printable_path(doc.path or '<stdin>')}: {doc.record}"
    return printable_path(doc.path or doc.title or doc.id)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def check_extraction(extraction: Extraction) -> None:
    """Every relation endpoint (and attribution) must be one of the extraction's actors."""
    ids = {a.id for a in extraction.actors}
    for rel in extraction.relations:
        for role, aid in (("source", rel.source), ("target", rel.target), ("attributed_to", rel.attributed_to)):
            if aid is not None and aid not in ids:
                raise InvalidInput(f"relation {rel.type} refers to actor {aid!r} that the extraction "
                                   "does not list", field=role)


def extract_document(doc: Document, extractor: Extractor | None = None) -> Extraction:
    """Run the extractor (default: the rule-based one) on one document and check what it returns."""
    extractor = extractor or get_extractor()
    extraction = extractor.extract(doc)
    if extraction.document is None:
        extraction.document = doc
    check_extraction(extraction)
    return extraction


def _id_clash(doc: Document, seen: dict[str, str]) -> str | None:
    """A second, different document under an id this run already loaded would silently replace it."""
    text_hash = content_hash(doc.text)
    earlier = seen.setdefault(doc.id, text_hash)
    if earlier == text_hash:
        return None
    return (f"{_where(doc)}: document id {printable_path(doc.id)!r} is already used by another document with "
            "different text in this run; not loaded (give each document its own id)")


def ingest_documents(store: GraphStore | None, docs: Iterable[Document | ReadFailure],
                     extractor: Extractor | None = None, link: bool = True, progress: Progress | None = None,
                     *, dry_run: bool = False, keep_extractions: bool = True,
                     seen_ids: dict[str, str] | None = None) -> IngestReport:
    """Extract and load each document atomically; bad inputs become one-line ``failures``.

    ``store`` may be ``None`` only with ``dry_run``. A store that goes away aborts the run
    (``StoreUnavailable``); everything else is reported per document and the run goes on.
    ``seen_ids`` (document id to text hash) spans several calls of one run, so a record reusing the id
    of a different document is refused instead of replacing it.
    """
    if store is None and not dry_run:
        raise ValueError("ingest_documents needs a store unless dry_run is set")
    extractor = extractor or get_extractor()
    report = IngestReport(dry_run=dry_run)
    seen = {} if seen_ids is None else seen_ids
    for item in docs:
        event = IngestEvent()
        if isinstance(item, ReadFailure):
            event.failure = str(item)
        elif clash := _id_clash(item, seen):
            event.failure = clash
        else:
            event.document = item
            event.sentences = count_sentences(item.text)
            try:
                extraction = extract_document(item, extractor)
                if store is not None and not dry_run:
                    store.load_document(extraction.document, extraction.actors, extraction.relations,
                                        extraction.mentions or None, replace=True)
                event.extraction = extraction
                report.add(extraction, event.sentences, keep_extractions)
            except StoreUnavailable:
                raise
            except ActorGraphError as err:
                event.failure = f"{_where(item)}: {_one_line(str(err))}"
            except Exception as err:  # noqa: BLE001 - a pluggable extractor may fail in any way
                event.failure = f"{_where(item)}: extraction failed: {type(err).__name__}: {_one_line(str(err))}"
        if event.failure:
            report.failures.append(event.failure)
        if progress is not None:
            progress(event)
    if link and not dry_run and store is not None and report.documents:
        link_store(store, report)
    return report


def ingest_extractions(store: GraphStore | None, extractions: Iterable[Extraction], label: str,
                       progress: Progress | None = None, *, dry_run: bool = False,
                       keep_extractions: bool = False) -> IngestReport:
    """Load ready-made extractions (sanctions lists) one transaction each.

    A reader error stops that input (its iterator cannot go on) and is reported against ``label``.
    """
    report = IngestReport(dry_run=dry_run)
    try:
        for extraction in extractions:
            check_extraction(extraction)
            if store is not None and not dry_run:
                store.load_document(extraction.document, extraction.actors, extraction.relations,
                                    extraction.mentions or None)
            report.add(extraction, 0, keep_extractions)
            if progress is not None:
                progress(IngestEvent(document=extraction.document, extraction=extraction))
    except StoreUnavailable:
        raise
    except (ActorGraphError, ValueError, OSError) as err:
        message = _one_line(str(err) if getattr(err, "file", None) else f"{printable_path(label)}: {err}")
        report.failures.append(message)
        if progress is not None:
            progress(IngestEvent(failure=message))
    return report


def link_store(store: GraphStore, report: IngestReport) -> None:
    """Run entity resolution across the store (engineer C's ``link_actors``) and record the outcome."""
    try:
        from actorgraph.loaders.resolve import link_actors
    except ImportError:
        report.failures.append("actor linking is not available (actorgraph.loaders.resolve is missing); "
                               "use --no-link")
        return
    try:
        report.link = link_actors(store)
    except StoreUnavailable:
        raise
    except ActorGraphError as err:
        report.failures.append(f"linking actors failed: {err}")


# -- the public `extract` JSONL format (docs/extract-format.md) ---------------------------------------
def _merge_actor(into: Actor, other: Actor) -> None:
    for alias in [other.name, *other.aliases]:
        if alias != into.name and alias not in into.aliases:
            into.aliases.append(alias)


def extractions_to_jsonl(extractions: Iterable[Extraction]) -> Iterator[dict[str, Any]]:
    """Actor lines (each id once, aliases merged) first, then one line per relation."""
    actors: dict[str, Actor] = {}
    relations: list[dict[str, Any]] = []
    for ext in extractions:
        title = ext.document.title if ext.document else None
        for actor in ext.actors:
            if actor.id in actors:
                _merge_actor(actors[actor.id], actor)
            else:
                actors[actor.id] = actor.model_copy(deep=True)
        for rel in ext.relations:
            ev = rel.evidence
            relations.append({
                "type": "relation", "source": rel.source, "target": rel.target, "rel": rel.type,
                "date": rel.date.isoformat() if rel.date else None, "status": rel.status.value,
                "attributed_to": rel.attributed_to, "confidence": rel.confidence,
                "evidence": {"document": ev.document_id, "title": title, "sentence": ev.sentence,
                             "start": ev.start, "end": ev.end},
            })
    for actor in actors.values():
        yield {"type": "actor", "id": actor.id, "name": actor.name, "kind": actor.kind,
               "aliases": list(actor.aliases)}
    yield from relations


def extraction_to_jsonl(extraction: Extraction) -> Iterator[dict[str, Any]]:
    return extractions_to_jsonl([extraction])
