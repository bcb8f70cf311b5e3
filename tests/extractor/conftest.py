"""Fixture ``extract``: run the rule-based extractor on a snippet and look at results by actor name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from actorgraph.graph.model import Document, Relation
from actorgraph.loaders.base import Extraction
from actorgraph.loaders.extractor import RuleBasedExtractor


@dataclass
class Result:
    extraction: Extraction

    @property
    def kinds(self) -> dict[str, str]:
        """actor name -> kind"""
        return {a.name: a.kind for a in self.extraction.actors}

    @property
    def triples(self) -> set[tuple[str, str, str]]:
        by_id = {a.id: a.name for a in self.extraction.actors}
        return {(by_id[r.source], r.type, by_id[r.target]) for r in self.extraction.relations}

    def rel(self, source: str, rel_type: str, target: str) -> Relation:
        by_id = {a.id: a.name for a in self.extraction.actors}
        for r in self.extraction.relations:
            if (by_id[r.source], r.type, by_id[r.target]) == (source, rel_type, target):
                return r
        raise AssertionError(f"no {source} -{rel_type}-> {target} in {sorted(self.triples)}")

    def name_of(self, actor_id: str | None) -> str | None:
        return next((a.name for a in self.extraction.actors if a.id == actor_id), None)


@pytest.fixture(scope="session")
def extractor() -> RuleBasedExtractor:
    return RuleBasedExtractor()


@pytest.fixture
def extract(extractor: RuleBasedExtractor) -> Callable[..., Result]:
    def run(text: str, published: dt.date | None = dt.date(2025, 3, 14), title: str | None = None) -> Result:
        return Result(extractor.extract(Document(text=text, published=published, title=title)))

    return run
