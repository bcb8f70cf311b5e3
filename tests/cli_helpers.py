"""Shared by the CLI ingest tests: running the CLI, reading its output, and the test extractor it uses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from extractor_double import DoubleExtractor
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.loaders.extractors import register_extractor

ROOT = Path(__file__).resolve().parent.parent

DOCS = Path(__file__).parent / "fixtures" / "docs"

def require_rule_based_extractor() -> None:
    try:
        from actorgraph.loaders.extractor import RuleBasedExtractor  # noqa: F401
    except ImportError as err:
        pytest.skip(f"the rule-based extractor is not available yet: {err}")

register_extractor("double", DoubleExtractor)

def run(args: list[str], env: dict[str, str] | None = None, stdin: str | None = None) -> Any:
    return CliRunner().invoke(app, args, env=env, input=stdin)

def jsonl(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]

def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]

def stats(engine: Any) -> dict[str, Any]:
    store = engine.open()
    try:
        return store.stats()
    finally:
        store.close()
