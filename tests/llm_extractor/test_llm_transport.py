"""The LLM extractor's transport: retries, timeouts, outages and refusals."""

from __future__ import annotations

import httpx
import pytest

from actorgraph.errors import ExtractorResponseError, ExtractorUnavailable
from actorgraph.loaders.llm import OpenAICompatibleExtractor

from .fake_llm import FakeLLM, document, free_port, make


def test_server_errors_are_retried(server: FakeLLM) -> None:
    server.script = [("status", 500), ("status", 429)]
    assert len(make(server).extract(document()).relations) == 4
    assert len(server.requests) == 3

def test_server_errors_that_persist_become_unavailable(server: FakeLLM) -> None:
    server.script = [("status", 503)] * 3
    with pytest.raises(ExtractorUnavailable) as err:
        make(server, retries=2).extract(document())
    assert err.value.status_code == 503 and "HTTP 503 after 3 attempt(s)" in str(err.value)

def test_timeout_is_honoured(server: FakeLLM) -> None:
    server.script = [("sleep", 2.0)]
    with pytest.raises(ExtractorUnavailable, match=r"did not answer within 0.3 s"):
        make(server, timeout=0.3).extract(document())
    assert len(server.requests) == 1  # a slow model is not asked again

def test_unreachable_endpoint_is_a_clear_error() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    extractor = OpenAICompatibleExtractor(url, "fake-7b", retries=1, backoff=0.01)
    with pytest.raises(ExtractorUnavailable) as err:
        extractor.extract(document())
    assert err.value.status_code == 503
    assert f"{url}/chat/completions is unreachable after 2 attempt(s)" in str(err.value)

def test_after_an_outage_each_document_tries_once() -> None:
    calls = []

    def refuse(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ConnectError("connection refused", request=request)

    extractor = OpenAICompatibleExtractor("http://llm.invalid/v1", "m", retries=2, backoff=0.01,
                                          transport=httpx.MockTransport(refuse))
    for expected in (3, 4):
        with pytest.raises(ExtractorUnavailable):
            extractor.extract(document())
        assert len(calls) == expected

def test_refused_key_names_the_setting(server: FakeLLM) -> None:
    server.script = [("status", 401)]
    with pytest.raises(ExtractorResponseError, match="ACTORGRAPH_LLM_API_KEY") as err:
        make(server, api_key="wrong").extract(document())
    assert err.value.status_code == 502
    assert server.requests[0]["headers"]["Authorization"] == "Bearer wrong"

def test_wrong_base_url_says_so(server: FakeLLM) -> None:
    extractor = OpenAICompatibleExtractor(server.url.removesuffix("/v1"), "fake-7b", backoff=0.01)
    with pytest.raises(ExtractorResponseError, match="HTTP 404.*ends in /v1"):
        extractor.extract(document())
