"""Request and response models of the REST API (kept apart from the domain models in ``graph.model``)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

from actorgraph.graph.registry import ontology

# Enums generated from the ontology registry, so the OpenAPI schema lists exactly the registered names.
RelationTypeName = enum.StrEnum(  # type: ignore[misc]
    "RelationTypeName", {name: name for name in ontology().relation_types})
ActorKindName = enum.StrEnum(  # type: ignore[misc]
    "ActorKindName", {name: name for name in ontology().actor_kinds})


class Problem(BaseModel):
    """RFC 9457 problem details (``application/problem+json``)."""

    type: str = Field(examples=["/problems/not-found"])
    title: str = Field(examples=["Not found"])
    status: int = Field(examples=[404])
    detail: str = Field(examples=["no actor with id 'person:nobody'"])
    field: str | None = None
    file: str | None = None
    line: int | None = None
    errors: list[dict[str, Any]] | None = Field(None, description="Every validation error (422 only)")


class Health(BaseModel):
    status: str = Field(examples=["ok"])


class Readiness(BaseModel):
    status: str = Field(examples=["ready"])
    engine: str = Field(examples=["neo4j (bolt://neo4j:7687)"])


class Stats(BaseModel):
    engine: str
    actors: int
    documents: int
    relations: int
    mentions: int
    actors_by_kind: dict[str, int]
    relations_by_type: dict[str, int]


class ActorOut(BaseModel):
    id: str = Field(examples=["person:nicolas-maduro"])
    name: str = Field(examples=["Nicolás Maduro"])
    kind: str = Field(examples=["Person"])
    aliases: list[str] = Field(default_factory=list)
    external_ids: list[str] = Field(default_factory=list, examples=[["ofac:22790"]])
    description: str | None = None
    properties: dict[str, Any] = Field(default_factory=dict, description="Loader-specific properties")


class ActorPage(BaseModel):
    items: list[ActorOut]
    next_cursor: str | None = Field(None, description="Pass as `cursor` to get the next page; null at the end")


class ActorHit(ActorOut):
    score: float | None = Field(None, description="Relevance (higher is better)")


class EvidenceOut(BaseModel):
    document_id: str | None = None
    document_title: str | None = None
    document_url: str | None = None
    document_published: str | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    locator: str | None = None


class RelationOut(BaseModel):
    id: str = Field(examples=["rel:4b1c0e8f0d2a6f1e9a7b3c5d"])
    type: str = Field(examples=["NEGOTIATES_WITH"])
    source: str = Field(examples=["person:donald-trump"])
    target: str = Field(examples=["person:nicolas-maduro"])
    source_name: str | None = None
    target_name: str | None = None
    date: str | None = Field(None, examples=["2025-11-21"])
    end_date: str | None = None
    status: str = Field(examples=["reported"])
    attributed_to: str | None = None
    confidence: float | None = None
    properties: dict[str, Any] = Field(default_factory=dict)


class RelationDetail(RelationOut):
    evidence: EvidenceOut


class RelationPage(BaseModel):
    items: list[RelationOut]
    next_cursor: str | None = None


class Neighbourhood(BaseModel):
    center: str = Field(description="The actor the neighbourhood is around")
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    omitted: dict[str, Any] = Field(default_factory=dict,
                                    description="What the node cap left out (counts)")
    redirected_from: str | None = Field(None, description="The id asked for, when a merge absorbed it into "
                                                      "`center`; null otherwise")


class PathsOut(BaseModel):
    source: str
    target: str
    paths: list[dict[str, Any]] = Field(description="Each path: {nodes: [...], relationships: [...]}")


class DocumentIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "text": "Venezuelan President Nicolás Maduro spoke with U.S. President Donald Trump on November 21.",
        "title": "Maduro and Trump speak by phone", "url": "https://example.org/news/1",
        "source": "Example Wire", "published": "2025-12-01"}]})

    text: str = Field(min_length=1, description="Full text of the article")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=500, description="Publisher or outlet")
    published: dt.date | None = None

    @model_validator(mode="after")
    def _has_words(self) -> DocumentIn:
        if not self.text.strip():
            raise ValueError("text is empty")
        return self


class DocumentBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(min_length=1, max_length=1000)


def _body_kind(value: Any) -> str:
    if isinstance(value, DocumentBatch) or (isinstance(value, dict) and "documents" in value):
        return "batch"
    return "document"


# One JSON document or a batch, told apart by a `documents` key, so a bad batch is reported as a batch
# (not also as a single document missing `text`). The tags are no field names: error locations drop them.
DocumentsBody = Annotated[Annotated[DocumentIn, Tag("document")] | Annotated[DocumentBatch, Tag("batch")],
                          Discriminator(_body_kind)]
UNION_TAGS = frozenset({"document", "batch"})


class DocumentAdded(BaseModel):
    id: str
    title: str | None = None
    actors: list[str] = Field(description="Ids of the actors the document mentions")
    relations: list[str] = Field(description="Ids of the relations extracted from it")


class IngestOut(BaseModel):
    documents: int
    actors: int
    relations: int
    failures: list[str] = Field(default_factory=list)
    added: list[DocumentAdded] = Field(default_factory=list)


class ActorLookup(ActorOut):
    """One actor, looked up by an id that may have been absorbed by an entity-resolution merge."""

    redirected_from: str | None = Field(
        None, examples=["person:maduro-moros-nicolas"],
        description="The id that was asked for, when a merge absorbed it into this actor; null otherwise. "
                    "Clients should store `id` (also sent as `Content-Location`) instead of the old id")
    merge_ids: list[str] = Field(default_factory=list,
                                 description="The merges followed from the asked id to this actor, oldest first")


class MergeOut(BaseModel):
    id: str = Field(examples=["merge:3f0a9c1d2b4e5f60"])
    canonical: str = Field(description="The actor that was kept", examples=["person:nicolas-maduro-moros"])
    absorbed: str = Field(description="The actor folded into it (its id now answers with the kept actor)",
                          examples=["person:nicolas-maduro"])
    absorbed_name: str = Field(examples=["Nicolás Maduro"])
    score: float = Field(description="Match score that justified the merge")
    reason: str = Field(description="Why the two were judged the same actor")
    status: str = Field(description="`active`, or `undone`", examples=["active"])
    created_at: str = Field(description="When the merge was made (UTC, ISO 8601)")
    undone_at: str | None = Field(None, description="When it was undone (UTC, ISO 8601)")
    edges_moved: int = Field(0, description="Edges of the absorbed actor the merge moved, dropped or collapsed")


class MergePage(BaseModel):
    items: list[MergeOut]
    next_cursor: str | None = Field(None, description="Pass as `cursor` to get the next page; null at the end")


class MergeDetail(MergeOut):
    absorbed_actor: dict[str, Any] = Field(description="The absorbed actor's properties as they were")
    edges: dict[str, int] = Field(description="Edges by `TYPE (direction, outcome)`")
    attributions_rewritten: int
    names_added: dict[str, list[str]] = Field(default_factory=dict,
                                              description="Names the merge added to the kept actor")


class DocumentOut(BaseModel):
    """A stored document (its text is not stored: the sentences are, on its statements)."""

    id: str = Field(examples=["doc:b037ada59911fe4ddc3f66b749c758d9"])
    title: str | None = Field(None, description="As ingested; plain text, never markup")
    url: str | None = None
    source: str | None = Field(None, description="Publisher, outlet or list authority", examples=["Reuters"])
    published: str | None = Field(None, examples=["2025-11-22"])
    path: str | None = Field(None, description="File it was read from at ingest (`-` for stdin or the API)")
    ingested_at: str | None = Field(None, description="When it was first stored (UTC, ISO 8601)")
    actors: int = Field(description="How many actors the document mentions")


class DocumentPage(BaseModel):
    items: list[DocumentOut]
    next_cursor: str | None = Field(None, description="Pass as `cursor` to get the next page; null at the end")


class MentionedActor(BaseModel):
    id: str = Field(examples=["person:nicolas-maduro"])
    name: str | None = None
    kind: str | None = Field(None, examples=["Person"])
    mentions: int | None = Field(None, description="How many times the document names the actor")


class StatementOut(RelationOut):
    """One relation statement of the document, with where the document says it."""

    sentence: str | None = None
    start: int | None = Field(None, description="Character offset of the sentence in the document")
    end: int | None = None
    locator: str | None = Field(None, description="Row or record, for list documents", examples=["sdn.csv#22790"])


class DocumentDetail(DocumentOut):
    mentioned: list[MentionedActor] = Field(description="Actors the document mentions, most mentioned first "
                                                        "(then by id), up to `actors_limit`")
    mentioned_omitted: int = Field(0, description="Mentioned actors left out by `actors_limit`")
    statements: list[StatementOut] = Field(description="Its relation statements in text order, one page: "
                                                       "those without an offset (the headline's, list rows) "
                                                       "first, then by offset; ties by id")
    next_cursor: str | None = Field(None, description="Pass as `cursor` for the next page of statements")
