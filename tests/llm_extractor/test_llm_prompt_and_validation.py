"""The LLM extractor's round trip: the prompt it builds, chunking, and the answers validation keeps or drops."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.errors import ExtractorResponseError
from actorgraph.graph import GraphStore, ontology
from actorgraph.graph.model import normalize_name
from actorgraph.loaders.ingest import ingest_documents

from .fake_llm import PUBLISHED, FakeLLM, document, make, triples


def test_round_trip_relations_with_offsets_from_our_sentences(server: FakeLLM) -> None:
    doc = document()
    extraction = make(server).extract(doc)
    assert triples(extraction) == {
        ("Orvania", "SANCTIONS", "Keltrán Shipping"), ("Talia Brenn", "MEETS_WITH", "Dusan Varro"),
        ("Dremland", "ACCUSES", "Orvania"), ("Keltrán Shipping", "THREATENS", "Orvania")}
    for rel in extraction.relations:
        ev = rel.evidence
        assert ev.start is not None and ev.end is not None
        assert doc.text[ev.start:ev.end] == ev.sentence and "\n" not in ev.sentence
        assert rel.properties["extractor"] == "llm"
    by_type = {r.type: r for r in extraction.relations}
    assert by_type["SANCTIONS"].evidence.sentence == "Orvania sanctioned Keltrán Shipping on Monday."
    assert by_type["MEETS_WITH"].date == PUBLISHED - dt.timedelta(days=1)
    threat = by_type["THREATENS"]
    assert threat.status == "reported" and threat.attributed_to == "country:dremland"
    keltran = next(a for a in extraction.actors if a.kind == "Organization")
    assert keltran.name == "Keltrán Shipping" and "Keltran Shipping" in keltran.aliases  # merged by norm name
    assert extraction.mentions[keltran.id] == 2

def test_prompt_is_built_from_the_registry_and_numbers_the_sentences(server: FakeLLM) -> None:
    make(server, temperature=0.0).extract(document())
    (request,) = server.requests
    body = request["body"]
    assert body["model"] == "fake-7b" and body["temperature"] == 0.0
    assert body["response_format"] == {"type": "json_object"}
    system, user = body["messages"][0]["content"], body["messages"][1]["content"]
    for name in ontology().fact_types():
        assert f"- {name} (" in system and ontology().relation_types[name].description in system
    assert "SAME_AS" not in system
    for kind in ontology().actor_kinds:
        assert f"- {kind}: " in system
    for status in ("asserted", "reported", "alleged", "denied", "hypothetical", "negated"):
        assert f"- {status}: " in system
    assert "Title: Tanker dispute widens" in user and "Publication date: 2026-03-05 (Thursday)" in user
    assert "[1] Orvania sanctioned Keltrán Shipping on Monday." in user
    assert "[5] Nobody else commented." in user and "[6]" not in user
    assert "Authorization" not in request["headers"]

def test_long_documents_go_in_chunks_and_actors_merge_across_them(server: FakeLLM) -> None:
    extractor = make(server, max_sentences_per_call=2)
    extraction = extractor.extract(document())
    assert len(server.requests) == 3 and extractor.last_stats.calls == 3
    users = [r["body"]["messages"][1]["content"] for r in server.requests]
    assert "[1] " in users[0] and "[3] " not in users[0]
    assert "Part 2 of 3 of the document (sentences 3-4)" in users[1] and "[3] Dremland" in users[1]
    assert "Orvania (Country)" in users[1] and "Keltrán Shipping (Organization)" in users[1]
    orgs = [a for a in extraction.actors if normalize_name(a.name) == "keltran shipping"]
    assert len(orgs) == 1  # "Keltrán Shipping" in chunk 1 and "Keltran Shipping" in chunk 2 are one actor
    assert len(triples(extraction)) == 4
    assert extractor.stats.prompt_tokens > 0 and extractor.stats.completion_tokens > 0

def test_answers_that_do_not_hold_up_are_dropped_and_counted(server: FakeLLM) -> None:
    server.mischief = True
    extractor = make(server)
    extraction = extractor.extract(document())
    assert len(triples(extraction)) == 4  # the good ones survive
    assert "Zorblax Dynamics" not in {a.name for a in extraction.actors}
    assert all(not a.aliases or "Republic of Nowhere" not in a.aliases for a in extraction.actors)
    assert dict(extractor.last_stats.dropped) == {
        "invented_actor": 1, "unknown_kind": 1, "unverified_alias": 1, "unknown_type": 2,
        "unknown_actor": 1, "bad_sentence": 1, "bad_date": 1, "bad_status": 1, "malformed_relation": 1}

def test_fenced_answers_and_thinking_are_tolerated(server: FakeLLM) -> None:
    server.script = ["fenced"]
    assert len(make(server).extract(document()).relations) == 4

def test_malformed_answer_fails_only_that_document(server: FakeLLM, store: GraphStore) -> None:
    server.script = ["malformed"]
    bad = document(path="bad.txt")
    good = document("Dremland accused Orvania of seizing two tankers.", title="Second", path="good.txt")
    report = ingest_documents(store, [bad, good], make(server), link=False)
    (failure,) = report.failures
    assert failure.startswith("bad.txt: ") and "chunk 1 of 1 (sentences 1-5)" in failure
    assert "not valid JSON" in failure and bad.id in failure
    assert report.documents == 1 and report.relations == 1
    docs = store.query("MATCH (d:Document) RETURN d.id AS id").values("id")
    assert docs == [good.id]
    edges = store.query("MATCH (a:Actor)-[r:ACCUSES]->(b:Actor) RETURN a.id AS a, b.id AS b, r.start AS s")
    assert edges.rows == [{"a": "country:dremland", "b": "country:orvania", "s": 0}]

def test_an_answer_cut_at_the_token_limit_says_so(server: FakeLLM) -> None:
    server.script = ["ok", "cut"]
    with pytest.raises(ExtractorResponseError, match=r"chunk 2 of 3 \(sentences 3-4\).*cut off at the token"):
        make(server, max_sentences_per_call=2).extract(document())


def test_names_from_the_model_are_cleaned_as_actors_are() -> None:
    """Joiners stay (Persian and Indic spellings), bidi controls vanish, other controls become spaces — the
    same name whether the rule-based extractor or the model found it."""
    from actorgraph.graph.model import Actor
    from actorgraph.loaders.llm.answer import clean_name

    for raw in ("Mohammad\u200cReza Ahmadi", "Ana\u202eRuiz", "Ana\u2066Ruiz\u2069", "Ana\tRuiz\u0007"):
        assert clean_name(raw) == Actor(name=raw.replace("\u0007", " "), kind="Person").name
    assert clean_name("Mohammad\u200cReza") == "Mohammad\u200cReza"
