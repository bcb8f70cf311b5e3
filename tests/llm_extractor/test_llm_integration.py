"""The LLM extractor from settings and the registry, through the CLI, the API and the evaluation script."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.errors import InvalidInput
from actorgraph.loaders.extractors import get_extractor, register_extractor
from actorgraph.loaders.llm import OpenAICompatibleExtractor, extractor_from_settings

from .fake_llm import PUBLISHED, TEXT, FakeLLM, document


def test_missing_settings_name_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("BASE_URL", "MODEL", "API_KEY", "TIMEOUT"):
        monkeypatch.delenv(f"ACTORGRAPH_LLM_{key}", raising=False)
    register_extractor("llm", extractor_from_settings)
    with pytest.raises(InvalidInput, match="ACTORGRAPH_LLM_BASE_URL") as err:
        get_extractor("llm")
    assert err.value.status_code == 400 and err.value.field == "ACTORGRAPH_LLM_BASE_URL"
    monkeypatch.setenv("ACTORGRAPH_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    with pytest.raises(InvalidInput, match="ACTORGRAPH_LLM_MODEL"):
        get_extractor("llm")
    monkeypatch.setenv("ACTORGRAPH_LLM_BASE_URL", "ftp://127.0.0.1/v1")
    with pytest.raises(InvalidInput, match="ACTORGRAPH_LLM_BASE_URL"):
        get_extractor("llm")

def test_settings_configure_the_registered_extractor(server: FakeLLM, llm_env: dict[str, str]) -> None:
    extractor = get_extractor("llm")
    assert isinstance(extractor, OpenAICompatibleExtractor) and extractor.name == "llm"
    assert extractor.client.timeout == 10.0
    extractor.extract(document())
    assert server.requests[0]["headers"]["Authorization"] == "Bearer sekrit-key"

def test_cli_extract_with_the_llm_extractor(server: FakeLLM, llm_env: dict[str, str], tmp_path: Path) -> None:
    article = tmp_path / "tankers.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--extractor", "llm", "--published",
                                      PUBLISHED.isoformat()])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    relations = [r for r in records if r["type"] == "relation"]
    assert {r["rel"] for r in relations} == {"SANCTIONS", "MEETS_WITH", "ACCUSES", "THREATENS"}
    for r in relations:
        ev = r["evidence"]
        assert TEXT[ev["start"]:ev["end"]] == ev["sentence"]
    meeting = next(r for r in relations if r["rel"] == "MEETS_WITH")
    assert meeting["date"] == "2026-03-04"

def test_cli_without_settings_is_one_clear_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ACTORGRAPH_LLM_BASE_URL", raising=False)
    register_extractor("llm", extractor_from_settings)
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--extractor", "llm"])
    assert result.exit_code == 1
    assert "ACTORGRAPH_LLM_BASE_URL" in result.stderr and "Traceback" not in result.stderr

def test_eval_extraction_scores_the_llm_extractor(server: FakeLLM, llm_env: dict[str, str],
                                                  tmp_path: Path) -> None:
    from benchmarks.eval_extraction import evaluate

    (tmp_path / "01-tankers.txt").write_text(f"---\ntitle: Tankers\npublished: 2026-03-05\n---\n{TEXT}\n")
    (tmp_path / "01-tankers.gold.yaml").write_text(
        "actors:\n  - {name: Orvania, kind: Country}\n  - {name: Keltrán Shipping, kind: Organization}\n"
        "  - {name: Dremland, kind: Country}\n"
        "relations:\n  - {source: Orvania, type: SANCTIONS, target: Keltrán Shipping}\n"
        "  - {source: Orvania, type: ATTACKS, target: Dremland}\n")
    _, summary = evaluate(tmp_path, "all", "llm")
    assert summary["documents"] == 1 and len(server.requests) == 1
    assert summary["relations"]["tp"] == 1 and summary["relations"]["fn"] == 1
    assert summary["relations"]["fp"] == 3  # the meeting, the accusation and the threat are not in this gold

def test_api_ingest_with_the_llm_extractor(server: FakeLLM, llm_env: dict[str, str], engine: Any,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from actorgraph.api import create_app
    from actorgraph.settings import Settings

    key = "llm-test-key"
    settings = Settings(store=engine.url, graph=engine.graph, api_key=key)
    with TestClient(create_app(settings)) as client:
        response = client.post("/documents/text", params={"extractor": "llm", "published": "2026-03-05",
                                                          "link": "false"},
                               content=TEXT.encode(), headers={"X-API-Key": key, "Content-Type": "text/plain"})
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["documents"] == 1 and body["relations"] == 4 and body["failures"] == []
        server.script = ["malformed"]
        response = client.post("/documents/text", params={"extractor": "llm", "link": "false"},
                               content=b"Dremland accused Orvania of piracy.",
                               headers={"X-API-Key": key, "Content-Type": "text/plain"})
        # the one document could not be extracted: the endpoint's fault, said as such, not a 201 adding nothing
        assert response.status_code == 502 and "chunk 1 of 1" in response.json()["detail"]
        server.script = ["malformed"]  # in a batch, the other document still loads
        response = client.post("/documents", params={"extractor": "llm", "link": "false"},
                               json={"documents": [{"text": "Dremland accused Orvania of piracy."}, {"text": TEXT}]},
                               headers={"X-API-Key": key})
        assert response.status_code == 201, response.text
        assert response.json()["documents"] == 1 and "chunk 1 of 1" in response.json()["failures"][0]
        monkeypatch.delenv("ACTORGRAPH_LLM_BASE_URL")
        register_extractor("llm", extractor_from_settings)
        response = client.post("/documents/text", params={"extractor": "llm"}, content=TEXT.encode(),
                               headers={"X-API-Key": key, "Content-Type": "text/plain"})
        assert response.status_code == 400 and "ACTORGRAPH_LLM_BASE_URL" in response.json()["detail"]
