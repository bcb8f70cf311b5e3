"""A tiny, predictable extractor for plumbing tests (the real one is ``RuleBasedExtractor``).

It knows a fixed list of actor names and verbs: in each sentence, the first two known actors with a
known verb between them become one relation. That keeps ingest tests independent of extractor quality.
"""

from __future__ import annotations

import re

from actorgraph.graph import Actor, Document, Evidence, Relation
from actorgraph.loaders.base import Extraction

KNOWN_ACTORS = {
    "Republic of Karvia": "Country",
    "Lenmark": "Country",
    "Ostrel Shipping": "Organization",
    "Elena Voss": "Person",
}
VERBS = {
    "imposed sanctions on": "SANCTIONS",
    "accused": "ACCUSES",
    "threatened": "THREATENS",
    "met": "MEETS_WITH",
    "negotiates with": "NEGOTIATES_WITH",
}
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


class DoubleExtractor:
    name = "double"

    def __init__(self) -> None:
        self.calls = 0

    def extract(self, document: Document) -> Extraction:
        self.calls += 1
        actors: dict[str, Actor] = {}
        relations: list[Relation] = []
        mentions: dict[str, int] = {}
        for m in _SENTENCE.finditer(document.text):
            sentence = m.group(0)
            found = sorted((sentence.find(name), name) for name in KNOWN_ACTORS if name in sentence)
            for _, name in found:
                actor = actors.setdefault(name, Actor(name=name, kind=KNOWN_ACTORS[name]))
                mentions[actor.id] = mentions.get(actor.id, 0) + 1
            if len(found) < 2:
                continue
            (p1, a), (p2, b) = found[0], found[1]
            between = sentence[p1 + len(a):p2]
            for verb, rel_type in VERBS.items():
                if verb in between:
                    start = m.start() + len(sentence) - len(sentence.lstrip())
                    relations.append(Relation(
                        source=actors[a].id, type=rel_type, target=actors[b].id, date=document.published,
                        confidence=0.9, evidence=Evidence(document_id=document.id, sentence=sentence.strip(),
                                                          start=start, end=m.end())))
                    break
        return Extraction(document=document, actors=list(actors.values()), relations=relations,
                          mentions=mentions)


class ExplodingExtractor:
    """Fails on documents whose text contains ``BOOM`` (an extractor bug must not stop the batch)."""

    name = "exploding"

    def __init__(self) -> None:
        self.inner = DoubleExtractor()

    def extract(self, document: Document) -> Extraction:
        if "BOOM" in document.text:
            raise RuntimeError("extractor crashed")
        return self.inner.extract(document)
