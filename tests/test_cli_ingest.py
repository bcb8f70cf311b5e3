"""``actorgraph ingest`` through the real CLI, on both engines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import DOCS, error_lines, require_rule_based_extractor, run, stats
from extractor_double import ExplodingExtractor

from actorgraph.loaders.extractors import register_extractor


def test_ingest_end_to_end_and_idempotent(engine: Any) -> None:
    env = engine.env()
    result = run(["ingest", str(DOCS), "--extractor", "double", "--no-link"], env)
    assert result.exit_code == 0, result.stderr
    assert "ingested" in result.stdout and "SANCTIONS" in result.stdout
    first = stats(engine)
    assert first["documents"] == 13 and first["actors"] == 4 and first["relations"] > 10
    again = run(["ingest", str(DOCS), "--extractor", "double", "--no-link"], env)
    assert again.exit_code == 0, again.stderr
    assert stats(engine) == first

def test_ingest_dry_run_writes_nothing(engine: Any) -> None:
    result = run(["ingest", str(DOCS), "--extractor", "double", "--dry-run"], engine.env())
    assert result.exit_code == 0, result.stderr
    assert "dry run" in result.stdout
    s = stats(engine)
    assert (s["documents"], s["actors"], s["relations"]) == (0, 0, 0)

def test_ingest_bad_inputs_fail_loudly_and_write_only_good_documents(engine: Any, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Lenmark threatened Ostrel Shipping.")
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "latin.txt").write_bytes("ok line\nEl Pa\xeds reported talks.\n".encode("latin-1"))
    (tmp_path / "big.txt").write_text("Lenmark met Elena Voss. " * 60_000)  # ~1.4 MB
    result = run(["ingest", str(tmp_path), "--extractor", "double", "--no-link", "--max-file-mb", "1"],
                 engine.env())
    assert result.exit_code == 1
    errors = error_lines(result.stderr)
    assert len(errors) == 4, result.stderr
    assert any(f"{tmp_path / 'latin.txt'}:2: not valid UTF-8" in e for e in errors)
    assert any(f"{tmp_path / 'big.txt'}: file is" in e for e in errors)
    assert any(f"{tmp_path / 'empty.md'}: empty file" in e for e in errors)
    assert any(f"{tmp_path / 'junk.txt'}: binary data" in e for e in errors)
    s = stats(engine)
    assert (s["documents"], s["actors"], s["relations"]) == (1, 2, 1)
    assert "Elena Voss" not in json.dumps(s)

def test_ingest_refuses_a_reused_document_id_across_files(engine: Any, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "w-1", "text": "Lenmark threatened Ostrel Shipping."}))
    (tmp_path / "b.jsonl").write_text('{"id": "w-1", "text": "Elena Voss met the Republic of Karvia."}\n'
                                      '{"text": "x", "published": 20251121}\n')
    result = run(["ingest", str(tmp_path), "--extractor", "double", "--no-link", "-q"], env=engine.env())
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        f"error: {tmp_path / 'b.jsonl'}:1: document id 'w-1' is already used by another document with different "
        "text in this run; not loaded (give each document its own id)",
        f"error: {tmp_path / 'b.jsonl'}:2: field 'published': Input should be a valid string"]
    assert stats(engine)["relations_by_type"] == {"THREATENS": 1}

def test_ingest_stdin_and_summary_counts(engine: Any) -> None:
    result = run(["ingest", "-", "--stdin-format", "md", "--extractor", "double", "--no-link"], engine.env(),
                 stdin="---\ntitle: Piped\npublished: 2025-05-05\n---\nLenmark accused Ostrel Shipping.\n")
    assert result.exit_code == 0, result.stderr
    store = engine.open()
    try:
        row = store.query("MATCH (d:Document) RETURN d.title AS t, d.published AS p").rows
    finally:
        store.close()
    assert row == [{"t": "Piped", "p": "2025-05-05"}]

def write_tiny_sdn(directory: Path) -> None:
    """Three made-up rows in the OFAC SDN CSV layout (12 fields, '-0- ' for empty)."""
    directory.mkdir()
    rows = [
        '9000001,"OSTREL SHIPPING LLC",-0- ,"KARVIA-EO1",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Website ostrel.example."',
        '9000002,"VOSS, Elena",individual,"KARVIA-EO1",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 01 Jan 1970."',
        '9000003,"GREY HERON",vessel,"KARVIA-EO1",-0- ,"V7AB1","Crude Oil Tanker",-0- ,-0- ,"Panama",-0- ,'
        '"Linked To: OSTREL SHIPPING LLC."',
    ]
    (directory / "sdn.csv").write_text("\r\n".join(rows) + "\r\n", encoding="latin-1")

def test_ingest_auto_detects_an_ofac_folder_next_to_articles(engine: Any, tmp_path: Path) -> None:
    pytest.importorskip("actorgraph.loaders.ofac")
    write_tiny_sdn(tmp_path / "ofac")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Lenmark threatened Ostrel Shipping.")
    result = run(["ingest", str(tmp_path), "--extractor", "double", "--no-link"], engine.env())
    assert result.exit_code == 0, result.stderr
    store = engine.open()
    try:
        listed = store.query("MATCH (a:Actor) WHERE size(a.external_ids) > 0 RETURN a.kind AS kind "
                             "ORDER BY kind").values("kind")
        docs = store.query("MATCH (d:Document) RETURN count(d) AS n").single()
    finally:
        store.close()
    assert listed == ["Organization", "Person", "Vessel"]
    assert docs >= 1

def test_canonical_article_ingests_with_the_real_extractor(engine: Any, shared_dir: Path) -> None:
    require_rule_based_extractor()
    article = shared_dir / "examples" / "maduro-trump-call.txt"
    result = run(["ingest", str(article), "--no-link"], engine.env())
    assert result.exit_code == 0, result.stderr
    store = engine.open()
    try:
        ids = set(store.query("MATCH (a:Actor) RETURN a.id AS id").values("id"))
        rels = store.stats()["relations"]
        title = store.query("MATCH (d:Document) RETURN d.title AS t").single()
    finally:
        store.close()
    assert {"person:nicolas-maduro", "person:donald-trump"} <= ids
    assert rels >= 3
    assert title.startswith("A High-Stakes Phone Call")

def test_ingest_auto_detects_ftm_and_reports_a_bad_line(engine: Any, tmp_path: Path) -> None:
    pytest.importorskip("actorgraph.loaders.ftm")
    entities = [
        {"id": "ex-p1", "schema": "Person", "properties": {"name": ["Elena Voss"], "country": ["xk"]}},
        {"id": "ex-c1", "schema": "Company", "properties": {"name": ["Ostrel Shipping LLC"]}},
        {"id": "ex-d1", "schema": "Directorship", "properties": {"director": ["ex-p1"],
                                                                  "organization": ["ex-c1"]}},
    ]
    lines = [json.dumps(e) for e in entities] + ['{"id": "ex-x", "schema": "Person", "properties": ']
    (tmp_path / "entities.json").write_text("\n".join(lines) + "\n")
    result = run(["ingest", str(tmp_path / "entities.json"), "--no-link"], engine.env())
    assert result.exit_code == 1
    errors = error_lines(result.stderr)
    assert len(errors) == 1 and f"{tmp_path / 'entities.json'}:4" in errors[0], result.stderr
    store = engine.open()
    try:
        names = set(store.query("MATCH (a:Actor) RETURN a.name AS n").values("n"))
    finally:
        store.close()
    assert {"Elena Voss", "Ostrel Shipping LLC"} <= names


def test_an_extraction_failure_names_the_record_of_its_file(engine: Any, tmp_path: Path) -> None:
    """In a 10,000-line .jsonl, "wire.jsonl: extraction failed" alone does not say which record to look at."""
    register_extractor("exploding", ExplodingExtractor)
    lines = [json.dumps({"text": f"Lenmark threatened Ostrel Shipping, report {i}."}) for i in range(1, 10)]
    lines[6] = json.dumps({"title": "Bad one", "text": "Lenmark met Elena Voss. BOOM"})
    (tmp_path / "wire.jsonl").write_text("\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]) + "\n")
    (tmp_path / "briefs.json").write_text(json.dumps([{"text": "Elena Voss met Lenmark officials."},
                                                      {"text": "BOOM: Lenmark accused Ostrel Shipping."}]))
    items = "".join(f"<item><title>Item {i}</title><description>{text}</description></item>"
                    for i, text in enumerate(["Lenmark threatened the Republic of Karvia.", "BOOM in Lenmark."], 1))
    (tmp_path / "desk.rss").write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Desk</title>"
                                       f"{items}</channel></rss>")
    result = run(["ingest", str(tmp_path), "--extractor", "exploding", "--no-link"], engine.env())
    assert result.exit_code == 1
    crash = "extraction failed: RuntimeError: extractor crashed"
    assert error_lines(result.stderr) == [  # the blank line in wire.jsonl still counts: the bad record is line 8
        f"error: {tmp_path / 'briefs.json'}: record 2: {crash}",
        f"error: {tmp_path / 'desk.rss'}: entry 2: {crash}",
        f"error: {tmp_path / 'wire.jsonl'}:8: {crash}"], result.stderr
    store = engine.open()
    try:
        paths = store.query("MATCH (d:Document) RETURN d.path AS p ORDER BY p").values("p")
    finally:
        store.close()
    # the stored path stays the file: the place in it is only for messages
    assert paths == [str(tmp_path / "briefs.json"), str(tmp_path / "desk.rss")] + [str(tmp_path / "wire.jsonl")] * 8
