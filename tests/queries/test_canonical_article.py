"""The canonical article (../shared/examples) ingested, then asked the analyst's questions; both engines."""

from __future__ import annotations

import pytest

from actorgraph.queries.named import run_named
from actorgraph.queries.paths import find_paths
from actorgraph.queries.search import resolve_actor, search_actors


@pytest.fixture
def article_store(store, shared_dir):
    ingest = pytest.importorskip("actorgraph.loaders.ingest")
    readers = pytest.importorskip("actorgraph.loaders.readers")
    report = ingest.ingest_documents(store, readers.read_inputs(
        [str(shared_dir / "examples" / "maduro-trump-call.txt")]))
    assert not report.failures, report.failures
    return store


def test_questions_about_the_call(article_store):
    s = article_store
    maduro = resolve_actor(s, "Nicolas Maduro")["id"]
    trump = resolve_actor(s, "trump")["id"]
    assert search_actors(s, "maduro")[0]["id"] == maduro
    timeline = run_named(s, "timeline", {"source": maduro, "target": trump}).rows
    talks = [r for r in timeline if r["type"] == "NEGOTIATES_WITH"]
    assert talks and all(r["source"] == maduro and r["target"] == trump for r in talks)
    assert all(r["sentence"] and r["doc_id"] for r in timeline)
    designations = run_named(s, "sanctions", {"types": "DESIGNATES"}).rows
    assert any(r["source_name"] == "United States" and "Suns" in r["target_name"] for r in designations)
    profile = run_named(s, "actor_profile", {"actor": maduro}).rows[0]
    assert profile["documents"] == 1 and profile["relations"] >= 4
    delcy = resolve_actor(s, "Delcy Rodríguez")["id"]
    path = find_paths(s, delcy, trump, max_hops=3)
    assert path and path[0]["hops"] <= 2 and path[0]["nodes"][0]["id"] == delcy
    co = run_named(s, "co_mentioned", {"actor": maduro}).values("id")
    assert trump in co and delcy in co
