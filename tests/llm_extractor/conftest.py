"""Fixtures of the LLM extractor tests: a fake chat-completions server, and settings pointing at it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from actorgraph.loaders.extractors import register_extractor
from actorgraph.loaders.llm import extractor_from_settings

from .fake_llm import FakeLLM


@pytest.fixture
def server() -> Iterator[FakeLLM]:
    srv = FakeLLM()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()

@pytest.fixture
def llm_env(server: FakeLLM, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    env = {"ACTORGRAPH_LLM_BASE_URL": server.url, "ACTORGRAPH_LLM_MODEL": "fake-7b",
           "ACTORGRAPH_LLM_API_KEY": "sekrit-key", "ACTORGRAPH_LLM_TIMEOUT": "10"}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    register_extractor("llm", extractor_from_settings)  # drop any instance made with other settings
    yield env
    register_extractor("llm", extractor_from_settings)
