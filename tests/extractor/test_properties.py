"""Property tests: the extractor never crashes, and evidence offsets always point at their sentence."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.graph.model import Document
from actorgraph.graph.registry import ontology
from actorgraph.loaders.extractor import RuleBasedExtractor
from actorgraph.loaders.extractor.text import split_sentences

EXTRACTOR = RuleBasedExtractor()
WORDS = ["Venezuelan", "President", "Ana", "Lopez", "sanctioned", "the", "U.S.", "Caracas", "denied", "accused",
         "Cartel", "of", "the", "Suns", "on", "Monday", "allegedly", "was", "by", "and", "may", "talks", "with",
         "Ministry", "Reuters", "according", "to", "over", "a", "hundred", "officials", "he", ",", ".", "—", "\n",
         "\n\n", "'s", "November", "21", "Mr.", "Dr.", "Gen.", "RSF", "(", ")", "\"", "é", "ß", "日本"]

sentences_like = st.lists(st.sampled_from(WORDS), min_size=0, max_size=80).map(" ".join)
any_text = st.one_of(st.text(max_size=400), sentences_like)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, published=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))))
def test_never_crashes_and_offsets_point_at_sentences(text: str, published: dt.date | None) -> None:
    if not text:
        text = " "
    ex = EXTRACTOR.extract(Document(text=text, published=published))
    types = set(ontology().relation_types)
    actor_ids = {a.id for a in ex.actors}
    for rel in ex.relations:
        assert rel.type in types
        assert rel.source in actor_ids and rel.target in actor_ids
        ev = rel.evidence
        if ev.start is not None:
            assert text[ev.start : ev.end] == ev.sentence
        if rel.date and published:
            assert rel.date <= published + dt.timedelta(days=366)
        if not published:
            assert rel.date is None or str(rel.date.year) in text


@settings(max_examples=150, deadline=None)
@given(text=any_text)
def test_sentence_offsets_round_trip(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text.strip() == s.text
        for t in s.tokens:
            assert text[t.start : t.end] == t.text


@settings(max_examples=40, deadline=None)
@given(text=sentences_like)
def test_deterministic(text: str) -> None:
    doc = Document(text=text or " ", published=dt.date(2025, 1, 1))
    first, second = EXTRACTOR.extract(doc), EXTRACTOR.extract(doc)
    assert [a.model_dump() for a in first.actors] == [a.model_dump() for a in second.actors]
    assert [r.model_dump() for r in first.relations] == [r.model_dump() for r in second.relations]


def test_empty_document_and_title_only() -> None:
    assert EXTRACTOR.extract(Document(id="doc:empty", text="")).relations == []
    ex = EXTRACTOR.extract(Document(id="doc:title", text="", title="Poland Sanctions Belarusian Potash Firm"))
    assert all(r.evidence.locator == "title" and r.evidence.start is None for r in ex.relations)
