"""The docker-compose deployment and Dockerfile, checked statically (this machine has no Docker engine)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    return data


def test_services_and_ports(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"neo4j", "api", "demo"}
    assert services["neo4j"]["image"] == "neo4j:5-community"
    assert any(str(p).endswith(":7687:7687") for p in services["neo4j"]["ports"])
    assert any(str(p).endswith(":8000") for p in services["api"]["ports"])
    assert services["api"]["build"] == "."


def test_neo4j_auth_volume_and_healthcheck(compose: dict[str, Any]) -> None:
    neo4j = compose["services"]["neo4j"]
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD")
    assert any(v.endswith(":/data") for v in neo4j["volumes"])
    assert "neo4j-data" in compose["volumes"]
    test = " ".join(neo4j["healthcheck"]["test"])
    assert "cypher-shell" in test and "RETURN 1" in test


def test_api_points_at_the_neo4j_service(compose: dict[str, Any]) -> None:
    api = compose["services"]["api"]
    env = api["environment"]
    assert env["ACTORGRAPH_STORE"] == "bolt://neo4j:7687"
    assert env["ACTORGRAPH_NEO4J_USER"] == "neo4j"
    assert "NEO4J_PASSWORD" in env["ACTORGRAPH_NEO4J_PASSWORD"]
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert api["command"][:3] == ["serve", "--host", "0.0.0.0"]
    assert "/ready" in " ".join(api["healthcheck"]["test"])


def test_llm_extractor_is_configurable_in_the_deployment(compose: dict[str, Any]) -> None:
    # `POST /documents?extractor=llm` reads these in the api container; without them it can only say "set ...".
    from actorgraph.settings import Settings

    llm = {f"ACTORGRAPH_{name.upper()}" for name in Settings.model_fields if name.startswith("llm_")}
    assert llm >= {"ACTORGRAPH_LLM_BASE_URL", "ACTORGRAPH_LLM_MODEL"}
    for service in ("api", "demo"):
        assert llm <= set(compose["services"][service]["environment"]), service


def test_demo_profile_ingests_examples(compose: dict[str, Any]) -> None:
    demo = compose["services"]["demo"]
    assert demo["profiles"] == ["demo"]
    assert demo["command"] == ["ingest", "examples/articles"]
    assert demo["environment"]["ACTORGRAPH_STORE"] == "bolt://neo4j:7687"
    assert (ROOT / "examples" / "articles").is_dir()


def test_dockerfile_slim_non_root_serves() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "FROM python:3.11-slim" in text
    user_lines = [line for line in text.splitlines() if line.startswith("USER ")]
    assert user_lines and user_lines[-1].split()[1] not in ("root", "0")
    assert '"serve", "--host", "0.0.0.0"' in text


def _compose_works() -> bool:
    if shutil.which("docker") is None:
        return False
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True, timeout=30)
    return probe.returncode == 0


@pytest.mark.skipif(not _compose_works(), reason="no docker CLI with the compose plugin")
def test_docker_compose_config_validates() -> None:
    env = {**os.environ, "NEO4J_PASSWORD": "check-only-password"}
    result = subprocess.run(["docker", "compose", "-f", str(ROOT / "docker-compose.yml"), "--profile", "demo",
                             "config", "--quiet"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
