"""Ingest news documents (JSON, one or a batch, or plain text) through the same pipeline as the CLI."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from actorgraph.api.deps import StoreDep, require_write
from actorgraph.api.schemas import DocumentAdded, DocumentBatch, DocumentIn, DocumentsBody, IngestOut
from actorgraph.errors import ActorGraphError, ExtractorUnavailable, InvalidInput
from actorgraph.graph.model import Document
from actorgraph.graph.store import GraphStore
from actorgraph.loaders.base import Extraction, Extractor

router = APIRouter(prefix="/documents", tags=["documents"], dependencies=[Depends(require_write)])

LinkQuery = Annotated[bool, Query(description="Link new actors to known ones (entity resolution) afterwards")]
ExtractorQuery = Annotated[str | None, Query(max_length=100, pattern=r"^[A-Za-z0-9_.\-]+$",
                                             description="Extractor name (default: the rule-based one)")]


class _Extracted:
    """Replays extractions made before the write lock, so ``ingest_documents`` (the one ingest path of CLI
    and API) loads them and reports a failed extraction exactly as if it had run there."""

    def __init__(self, extractor: Extractor, docs: list[Document]) -> None:
        self.name = getattr(extractor, "name", "extractor")
        self._done: dict[int, Extraction | Exception] = {}
        for doc in docs:
            try:
                self._done[id(doc)] = extractor.extract(doc)
            except Exception as err:  # noqa: BLE001 - re-raised to ingest_documents, which reports it
                self._done[id(doc)] = err

    def failure(self) -> ActorGraphError | None:
        """The error to answer with when no document could be extracted — the extractor's own (503 when its
        service is down, 502 when it answered nonsense) rather than a 201 that added nothing."""
        errors = [e for e in self._done.values() if isinstance(e, ActorGraphError)]
        if not errors or len(errors) < len(self._done):
            return None
        return next((e for e in errors if isinstance(e, ExtractorUnavailable)), errors[0])

    def extract(self, doc: Document) -> Extraction:
        done = self._done[id(doc)]
        if isinstance(done, Exception):
            raise done
        return done


def _ingest(request: Request, store: GraphStore, docs: list[Document], link: bool,
            extractor: str | None) -> IngestOut:
    from actorgraph.loaders.extractors import get_extractor
    from actorgraph.loaders.ingest import ingest_documents

    chosen = get_extractor(extractor) if extractor else get_extractor()
    # Extract first, outside the lock: an LLM extractor waits seconds per document on its endpoint, and
    # meanwhile every other ingest and write would queue behind it.
    extracted = _Extracted(chosen, docs)
    failure = extracted.failure()
    if failure is not None:  # nothing could be extracted: say why, with the extractor's status
        raise failure
    # One load at a time per API process: concurrent MERGEs of the same actors deadlock on Neo4j
    # (FalkorDB serialises writes anyway).
    with request.app.state.write_lock:
        report = ingest_documents(store, docs, extractor=extracted, link=link)
    added = []
    for extraction in getattr(report, "extractions", None) or []:
        doc = extraction.document
        if doc is None:
            continue
        added.append(DocumentAdded(id=doc.id, title=doc.title, actors=[a.id for a in extraction.actors],
                                   relations=[r.id for r in extraction.relations]))
    return IngestOut(documents=report.documents, actors=report.actors, relations=report.relations,
                     failures=[str(f) for f in report.failures], added=added)


def _document(item: DocumentIn, index: int | None = None) -> Document:
    """The same checked document the file readers make (NFC text, hard-wrapped lines joined, a plausible
    publication date), so an article sent to the API is extracted as the same file would be."""
    from actorgraph.loaders.doc_text import InputProblem, make_document

    try:
        return make_document(item.text, "-", title=item.title, url=item.url, source=item.source,
                             published=item.published, unwrap=True)
    except (InputProblem, ValueError) as err:
        where = f"documents.{index}" if index is not None else "text"
        raise InvalidInput(str(err), field=where) from None


@router.post("", response_model=IngestOut, status_code=201,
             summary="Ingest one JSON document or a batch {documents: [...]}; returns what was added")
def ingest_json(request: Request, store: StoreDep, body: DocumentsBody, link: LinkQuery = True,
                extractor: ExtractorQuery = None) -> IngestOut:
    items = body.documents if isinstance(body, DocumentBatch) else [body]
    docs = [_document(item, i if isinstance(body, DocumentBatch) else None) for i, item in enumerate(items)]
    return _ingest(request, store, docs, link, extractor)


_TEXT_BODY: dict[str, Any] = {"requestBody": {"required": True, "content": {"text/plain": {
    "schema": {"type": "string", "minLength": 1},
    "example": "Venezuelan President Nicolás Maduro spoke with U.S. President Donald Trump on November 21."}}}}


@router.post("/text", response_model=IngestOut, status_code=201, openapi_extra=_TEXT_BODY,
             summary="Ingest one plain-text article (body text/plain, UTF-8)")
async def ingest_text(
    request: Request,
    store: StoreDep,
    title: Annotated[str | None, Query(max_length=1000)] = None,
    url: Annotated[str | None, Query(max_length=4000)] = None,
    source: Annotated[str | None, Query(max_length=500)] = None,
    published: Annotated[dt.date | None, Query()] = None,
    link: LinkQuery = True,
    extractor: ExtractorQuery = None,
) -> IngestOut:
    from starlette.concurrency import run_in_threadpool

    raw = await request.body()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InvalidInput(f"body is not UTF-8 text (byte {err.start})", field="body") from None
    if not text.strip():
        raise InvalidInput("body is empty: send the article text", field="body")
    doc = _document(DocumentIn(text=text, title=title, url=url, source=source, published=published))
    return await run_in_threadpool(_ingest, request, store, [doc], link, extractor)
