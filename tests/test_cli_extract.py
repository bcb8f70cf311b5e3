"""``actorgraph extract`` through the real CLI: the JSONL it prints and the errors it reports."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema_rs
from cli_helpers import DOCS, ROOT, error_lines, jsonl, run

from actorgraph.graph import ontology

FORMAT_DOC = ROOT / "docs" / "extract-format.md"

def schema_validator() -> Any:
    text = FORMAT_DOC.read_text()
    match = re.search(r"```json schema\n(.*?)\n```", text, re.S)
    assert match, "docs/extract-format.md lost its JSON Schema block"
    return jsonschema_rs.validator_for(json.loads(match.group(1)))

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
