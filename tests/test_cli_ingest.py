"""``actorgraph extract`` and ``actorgraph ingest`` through the real CLI, on both engines."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from extractor_double import DoubleExtractor
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.graph import ontology
from actorgraph.loaders.extractors import register_extractor

ROOT = Path(__file__).resolve().parent.parent
DOCS = Path(__file__).parent / "fixtures" / "docs"


def require_rule_based_extractor() -> None:
    try:
        from actorgraph.loaders.extractor import RuleBasedExtractor  # noqa: F401
    except ImportError as err:
        pytest.skip(f"the rule-based extractor is not available yet: {err}")
FORMAT_DOC = ROOT / "docs" / "extract-format.md"
register_extractor("double", DoubleExtractor)


def schema_validator() -> Any:
    text = FORMAT_DOC.read_text()
    match = re.search(r"```json schema\n(.*?)\n```", text, re.S)
    assert match, "docs/extract-format.md lost its JSON Schema block"
    return jsonschema_rs.validator_for(json.loads(match.group(1)))


def run(args: list[str], env: dict[str, str] | None = None, stdin: str | None = None) -> Any:
    return CliRunner().invoke(app, args, env=env, input=stdin)


def jsonl(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


# -- extract -----------------------------------------------------------------------------------------
def test_extract_prints_schema_valid_jsonl_actors_first() -> None:
    result = run(["extract", str(DOCS), "--extractor", "double"])
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    validator = schema_validator()
    for record in records:
        validator.validate(record)
    kinds = [r["type"] for r in records]
    assert kinds == sorted(kinds)  # every "actor" line before every "relation" line
    actor_ids = [r["id"] for r in records if r["type"] == "actor"]
    assert len(actor_ids) == len(set(actor_ids)) == 4
    relations = [r for r in records if r["type"] == "relation"]
    assert len(relations) > 10
    assert all(r["source"] in actor_ids and r["target"] in actor_ids for r in relations)
    statement = [r for r in relations if r["evidence"]["document"] == "example-statement-17"]
    assert statement[0]["rel"] == "SANCTIONS" and statement[0]["date"] == "2025-08-30"
    assert statement[0]["evidence"]["title"] == "Ministry statement on shipping"


def test_schema_lists_match_the_ontology_and_examples_validate() -> None:
    text = FORMAT_DOC.read_text()
    schema = json.loads(re.search(r"```json schema\n(.*?)\n```", text, re.S).group(1))  # type: ignore[union-attr]
    props = schema["$defs"]
    assert props["actor"]["properties"]["kind"]["enum"] == list(ontology().actor_kinds)
    assert props["relation"]["properties"]["rel"]["enum"] == list(ontology().relation_types)
    examples = re.search(r"```json\n(.*?)\n```", text, re.S).group(1).splitlines()  # type: ignore[union-attr]
    validator = schema_validator()
    assert examples and all(validator.is_valid(json.loads(line)) for line in examples)
    assert not validator.is_valid({"type": "relation", "source": "x"})


def test_extract_bad_inputs_report_file_and_line_and_keep_going(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"Lenmark threatened Ostrel Shipping, report {i}."}) for i in range(1, 10)]
    lines[6] = "{not json"
    (tmp_path / "wire.jsonl").write_text("\n".join(lines))
    (tmp_path / "deck.key").write_bytes(b"\x00\x01binary")
    (tmp_path / "ok.txt").write_text("Elena Voss met the Republic of Karvia envoy.")
    result = run(["extract", str(tmp_path), "--extractor", "double"])
    assert result.exit_code == 1
    errors = error_lines(result.stderr)
    assert len(errors) == 2
    assert any(e.startswith(f"error: {tmp_path / 'wire.jsonl'}:7: broken JSON") for e in errors), errors
    assert any(f"{tmp_path / 'deck.key'}: unknown file type" in e for e in errors), errors
    records = jsonl(result.stdout)
    assert sum(r["type"] == "relation" for r in records) == 9  # 8 good lines + ok.txt


def test_a_file_name_with_a_newline_still_gives_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "two\nlines.bin").write_bytes(b"not a document")
    (tmp_path / "empty\r.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Lenmark threatened Ostrel Shipping.")
    result = run(["extract", str(tmp_path), "--extractor", "double"])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"error: {tmp_path}/empty\\r.txt: empty file",
                     f"error: {tmp_path}/two\\nlines.bin: unknown file type '.bin'; readable types: .html, "
                     ".json, .jsonl, .md, .pdf, .txt, .xml"], result.stderr
    assert [r["rel"] for r in jsonl(result.stdout) if r["type"] == "relation"] == ["THREATENS"]


def test_extract_with_an_implausible_published_date_is_one_clear_error() -> None:
    result = run(["extract", "-", "--published", "0001-01-01"], stdin="Lenmark threatened Ostrel Shipping last week.\n")
    assert result.exit_code == 1
    assert "--published '0001-01-01' is not a plausible publication date" in result.stderr
    assert "Traceback" not in result.stderr and "OverflowError" not in result.stderr


def test_extract_reads_stdin() -> None:
    result = run(["extract", "-", "--extractor", "double"], stdin="Lenmark threatened Ostrel Shipping.\n")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # stdout is the data; a clean run says nothing else
    assert [r["rel"] for r in jsonl(result.stdout) if r["type"] == "relation"] == ["THREATENS"]


def test_unknown_extractor_is_one_clear_error() -> None:
    result = run(["extract", str(DOCS / "no-headline.txt"), "--extractor", "gpt-9"])
    assert result.exit_code == 1 and "unknown extractor 'gpt-9'" in result.stderr


def test_error_messages_print_user_text_literally_not_as_markup() -> None:
    result = run(["extract", str(DOCS / "no-headline.txt"), "--extractor", "[bold]gpt[/bold] [link=x]y"])
    assert result.exit_code == 1
    assert "unknown extractor '[bold]gpt[/bold] [link=x]y'" in result.stderr


# -- ingest ------------------------------------------------------------------------------------------
def stats(engine: Any) -> dict[str, Any]:
    store = engine.open()
    try:
        return store.stats()
    finally:
        store.close()


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
        f"error: {tmp_path / 'b.jsonl'}: document id 'w-1' is already used by another document with different "
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


# -- demo --------------------------------------------------------------------------------------------
def test_demo_ingests_a_folder_writes_the_network_and_summarises(engine: Any, tmp_path: Path) -> None:
    out = tmp_path / "view" / "network.html"
    result = run(["demo", "--articles", str(DOCS), "--extractor", "double", "--no-link", "--out", str(out)],
                 engine.env())
    assert result.exit_code == 0, result.stderr
    page = out.read_text()
    assert "Ostrel Shipping" in page and "Republic of Karvia" in page
    assert "most attested events" in result.stdout and "SANCTIONS" in result.stdout
    assert result.stderr.count("loaded ") == 13
    assert stats(engine)["documents"] == 13


def test_demo_example_articles_all_read_cleanly() -> None:
    from actorgraph.commands.demo import example_articles_dir
    from actorgraph.graph import Document
    from actorgraph.loaders.readers import read_inputs

    items = list(read_inputs([str(example_articles_dir())]))
    assert all(isinstance(i, Document) for i in items), [str(i) for i in items]
    assert len(items) >= 5
    assert all(i.title and i.published for i in items)  # type: ignore[union-attr]
    assert {Path(i.path or "").suffix for i in items} >= {".md", ".txt", ".html", ".json"}  # type: ignore[union-attr]


def test_demo_with_the_real_extractor_on_the_examples(engine: Any, tmp_path: Path) -> None:
    require_rule_based_extractor()
    out = tmp_path / "network.html"
    result = run(["demo", "--out", str(out)], engine.env())
    assert result.exit_code == 0, result.stderr
    s = stats(engine)
    assert s["documents"] >= 5 and s["relations"] >= 10 and out.stat().st_size > 10_000


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


def test_published_option_dates_documents_that_state_none(tmp_path):
    import json as _json

    from typer.testing import CliRunner as _Runner

    from actorgraph.cli import app as _app

    article = tmp_path / "talks.txt"
    article.write_text("Talks in Geneva\n\nOn March 4, Ruritanian Foreign Minister Lena Varga held talks with "
                       "Freedonian President Otto Brandt about the disputed border.\n", encoding="utf-8")

    def dates(*extra: str) -> list[str | None]:
        res = _Runner().invoke(_app, ["extract", str(article), *extra])
        assert res.exit_code == 0, res.output
        rows = [_json.loads(line) for line in res.stdout.splitlines()]
        return [r["date"] for r in rows if r["type"] == "relation" and r["rel"] == "NEGOTIATES_WITH"]

    assert dates() and set(dates()) == {None}
    assert set(dates("--published", "2026-03-06")) == {"2026-03-04"}
    bad = _Runner().invoke(_app, ["extract", str(article), "--published", "06/03/2026"])
    assert bad.exit_code == 1 and "published" in bad.stderr


def test_demo_summary_lists_events_not_standing_ties(store):
    from actorgraph.commands.demo import top_relations
    from actorgraph.graph import Actor, Document, Evidence, Relation

    a, b = Actor(name="Ilse Varga", kind="Person"), Actor(name="Karvia", kind="Country")
    doc = Document(text="Ilse Varga leads Karvia. Karvia sanctioned Ilse Varga on 2 May 2025.", title="t")
    rels = [Relation(source=a.id, type="LEADS", target=b.id, evidence=Evidence(document_id=doc.id, sentence=f"s{i}",
                                                                              start=i, end=i + 1)) for i in range(3)]
    rels.append(Relation(source=b.id, type="SANCTIONS", target=a.id, date="2025-05-02",
                         evidence=Evidence(document_id=doc.id, sentence="Karvia sanctioned", start=30, end=40)))
    store.load_document(doc, [a, b], rels)
    rows = top_relations(store)
    assert [(r["rel"], r["statements"], r["last"]) for r in rows] == [("SANCTIONS", 1, "2025-05-02")]
