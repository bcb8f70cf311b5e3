"""``OpenAICompatibleExtractor``: actors and relations from any OpenAI-compatible chat endpoint.

The document is split with the rule-based extractor's own sentence splitter and sent in chunks of
numbered sentences. The model names actors and cites sentence numbers; evidence text and offsets come
from our sentence table, never from the model, and everything it says is validated (``answer.py``).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import httpx

from actorgraph.errors import ExtractorResponseError
from actorgraph.graph.model import Actor, Document, Evidence, Relation
from actorgraph.graph.registry import ontology
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.extractor.text import split_sentences
from actorgraph.loaders.llm.answer import (
    ActorTable,
    CheckedRelation,
    check_relation,
    normalize_text,
    parse_answer,
)
from actorgraph.loaders.llm.client import ChatClient
from actorgraph.loaders.llm.prompt import NumberedSentence, prompt_relation_types, system_prompt, user_prompt

log = logging.getLogger("actorgraph.llm")

LLM_CONFIDENCE = 0.7
"""Confidence given to every relation the model found: it states none we could trust."""


@dataclass
class LLMStats:
    """What extraction cost and what validation threw away (cumulative on the extractor)."""

    documents: int = 0
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    dropped: Counter[str] = field(default_factory=Counter)

    def add(self, other: LLMStats) -> None:
        self.documents += other.documents
        self.calls += other.calls
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.dropped.update(other.dropped)


def chunk_sentences(sentences: list[NumberedSentence], max_sentences: int,
                    max_chars: int) -> list[list[NumberedSentence]]:
    """Consecutive runs of at most ``max_sentences`` sentences and about ``max_chars`` characters."""
    chunks: list[list[NumberedSentence]] = []
    current: list[NumberedSentence] = []
    size = 0
    for s in sentences:
        if current and (len(current) >= max_sentences or size + len(s.text) > max_chars):
            chunks.append(current)
            current, size = [], 0
        current.append(s)
        size += len(s.text) + 1
    if current:
        chunks.append(current)
    return chunks


class OpenAICompatibleExtractor:
    name = "llm"

    def __init__(self, base_url: str, model: str, api_key: str | None = None, *, timeout: float = 120.0,
                 max_sentences_per_call: int = 40, max_chars_per_call: int = 12_000, temperature: float = 0.0,
                 max_tokens: int | None = 4096, retries: int = 3, backoff: float = 1.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        if max_sentences_per_call < 1 or max_chars_per_call < 1:
            raise ValueError("max_sentences_per_call and max_chars_per_call must be positive")
        self.model = model
        self.client = ChatClient(base_url, model, api_key, timeout=timeout, retries=retries, backoff=backoff,
                                 transport=transport)
        self.max_sentences = max_sentences_per_call
        self.max_chars = max_chars_per_call
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.allowed_types = frozenset(prompt_relation_types())
        self.stats = LLMStats()
        self.last_stats = LLMStats()

    def close(self) -> None:
        self.client.close()

    def extract(self, document: Document) -> Extraction:
        stats = LLMStats(documents=1)
        try:
            return self._extract(document, stats)
        finally:
            self.last_stats = stats
            self.stats.add(stats)
            if stats.dropped:
                log.info("%s: dropped from the model's answer: %s", document.path or document.id,
                         dict(stats.dropped))

    def _extract(self, document: Document, stats: LLMStats) -> Extraction:
        sentences = [NumberedSentence(i + 1, s.text, s.start, s.end)
                     for i, s in enumerate(split_sentences(document.text))]
        if not sentences:
            return Extraction(document=document)
        table = ActorTable(f"{document.title or ''}\n{document.text}")
        chunks = chunk_sentences(sentences, self.max_sentences, self.max_chars)
        found: list[CheckedRelation] = []
        for index, chunk in enumerate(chunks, 1):
            messages = [{"role": "system", "content": system_prompt()},
                        {"role": "user", "content": user_prompt(document, chunk, index, len(chunks),
                                                                table.known())}]
            reply = self.client.complete(messages, temperature=self.temperature, max_tokens=self.max_tokens)
            stats.calls += 1
            stats.prompt_tokens += reply.prompt_tokens
            stats.completion_tokens += reply.completion_tokens
            try:
                answer = parse_answer(reply.content)
            except ValueError as err:
                cut = " (it was cut off at the token limit)" if reply.finish_reason == "length" else ""
                raise ExtractorResponseError(
                    f"the LLM's answer for chunk {index} of {len(chunks)} (sentences {chunk[0].number}-"
                    f"{chunk[-1].number}) of document {document.id} is unusable: {err}{cut}") from None
            local: dict[str, str] = {}
            for raw in answer.actors:
                added = table.add(raw, stats.dropped)
                if added is not None:
                    key, forms = added
                    for form in forms:
                        local.setdefault(form, key)
            numbers = range(chunk[0].number, chunk[-1].number + 1)
            for raw in answer.relations:
                checked = check_relation(raw, numbers, table, local, self.allowed_types, stats.dropped)
                if checked is not None:
                    found.append(checked)
        return self._build(document, sentences, table, found, stats)

    def _build(self, document: Document, sentences: list[NumberedSentence], table: ActorTable,
               found: list[CheckedRelation], stats: LLMStats) -> Extraction:
        actors: dict[str, Actor] = {}
        key_to_id: dict[str, str] = {}
        for key, entry in table.entries.items():
            try:
                actor = Actor(name=entry.name, kind=entry.kind, aliases=entry.aliases)
            except ValueError:
                stats.dropped["malformed_actor"] += 1
                continue
            if actor.id in actors:  # "MADURO, Nicolas" and "Nicolas Maduro" are one Person
                same = actors[actor.id]
                same.aliases = list(dict.fromkeys([*same.aliases, actor.name, *actor.aliases]))
                same.aliases = [a for a in same.aliases if a != same.name]
            else:
                actors[actor.id] = actor
            key_to_id[key] = actor.id
        types = ontology().relation_types
        relations: dict[tuple[str, str, str, int], Relation] = {}
        for c in found:
            source, target = key_to_id.get(c.source), key_to_id.get(c.target)
            if source is None or target is None or source == target:
                stats.dropped["unknown_actor"] += 1
                continue
            ends = (source, target) if types[c.type].directed else tuple(sorted((source, target)))
            dedupe_key = (ends[0], c.type, ends[1], c.sentence)
            if dedupe_key in relations:
                stats.dropped["duplicate"] += 1
                continue
            s = sentences[c.sentence - 1]
            relations[dedupe_key] = Relation(
                source=source, type=c.type, target=target, date=c.date, status=c.status,
                attributed_to=key_to_id.get(c.attributed_to) if c.attributed_to else None,
                confidence=LLM_CONFIDENCE,
                evidence=Evidence(document_id=document.id, sentence=s.text, start=s.start, end=s.end),
                properties={"extractor": self.name, "model": self.model[:200]},
            )
        return Extraction(document=document, actors=list(actors.values()), relations=list(relations.values()),
                          mentions=_mention_counts(actors.values(), sentences))


def _mention_counts(actors: Iterable[Actor], sentences: list[NumberedSentence]) -> dict[str, int]:
    """Sentences that name each actor (by name or alias); at least one, since each occurs in the text."""
    padded = [f" {normalize_text(s.text)} " for s in sentences]
    counts: dict[str, int] = {}
    for actor in actors:
        forms = {f" {normalize_text(n)} " for n in [actor.name, *actor.aliases] if normalize_text(n)}
        counts[actor.id] = max(1, sum(1 for p in padded if any(f in p for f in forms)))
    return counts
