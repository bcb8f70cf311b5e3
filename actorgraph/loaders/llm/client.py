"""A small client for the OpenAI chat-completions protocol (llama.cpp server, vLLM, Ollama, LM Studio,
hosted APIs), with retries for transient failures.

Connection errors, 429 and 5xx answers are retried with exponential backoff (``Retry-After`` is honoured);
a read timeout is not (the model is slow, asking again repeats the same work). When the endpoint stayed
unreachable, later calls try once only for a while, so a batch of documents fails fast instead of
sleeping through the full backoff for each one.
"""

from __future__ import annotations

import random
import re
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx
from pydantic import BaseModel, ValidationError

from actorgraph.errors import ExtractorResponseError, ExtractorUnavailable

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
DOWN_COOLDOWN_S = 60.0
"""After the endpoint stayed unreachable through every retry, calls in this window try only once."""


class _Message(BaseModel):
    content: str | None = None


class _Choice(BaseModel):
    message: _Message
    finish_reason: str | None = None


class _Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0


class _Completion(BaseModel):
    choices: list[_Choice]
    usage: _Usage | None = None


@dataclass(frozen=True)
class ChatReply:
    content: str
    finish_reason: str | None
    prompt_tokens: int
    completion_tokens: int


def _server_message(response: httpx.Response) -> str:
    """The endpoint's own error text, shortened (the CLI and API print it as plain text)."""
    try:
        data = response.json()
        error = data.get("error") if isinstance(data, dict) else None
        text = error.get("message") if isinstance(error, dict) else error or data.get("detail")
        text = str(text) if text else response.text
    except ValueError:
        text = response.text
    text = re.sub(r"\s+", " ", text).strip()[:200]
    return text or "(empty body)"


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff


class ChatClient:
    """POSTs ``{base_url}/chat/completions``; one instance is safe to share between threads."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None, *, timeout: float = 120.0,
                 retries: int = 3, backoff: float = 1.0, max_backoff: float = 30.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        if not base_url.lower().startswith(("http://", "https://")):
            raise ValueError(f"base_url must be an http(s) URL, got {base_url!r}")
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_backoff = max_backoff
        headers = {"Accept": "application/json"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        self._http = httpx.Client(timeout=httpx.Timeout(timeout), headers=headers, transport=transport,
                                  follow_redirects=False)
        self._down_until = 0.0
        self._lock = threading.Lock()

    def close(self) -> None:
        self._http.close()

    def _sleep_before(self, attempt: int, response: httpx.Response | None = None) -> None:
        wait = _retry_after(response) if response is not None else None
        if wait is None:
            wait = self.backoff * (2 ** attempt) * (1 + random.random() / 4)  # noqa: S311 - jitter, not crypto
        time.sleep(min(wait, self.max_backoff))

    def complete(self, messages: list[dict[str, str]], *, temperature: float = 0.0, max_tokens: int | None = None,
                 json_mode: bool = True) -> ChatReply:
        body: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": temperature}
        if max_tokens:
            body["max_tokens"] = max_tokens
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        with self._lock:
            retries = 0 if time.monotonic() < self._down_until else self.retries
        response = self._post(body, retries)
        with self._lock:
            self._down_until = 0.0
        return self._reply(response)

    def _post(self, body: dict[str, Any], retries: int) -> httpx.Response:
        attempts = retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = self._http.post(self.url, json=body)
            except httpx.ReadTimeout:
                raise ExtractorUnavailable(
                    f"LLM endpoint {self.url} did not answer within {self.timeout:g} s "
                    "(raise ACTORGRAPH_LLM_TIMEOUT, or send fewer sentences per call)") from None
            except httpx.TransportError as err:  # connect errors and timeouts, dropped connections
                if not last:
                    self._sleep_before(attempt)
                    continue
                with self._lock:
                    self._down_until = time.monotonic() + DOWN_COOLDOWN_S
                reason = str(err) or "no detail"
                raise ExtractorUnavailable(
                    f"LLM endpoint {self.url} is unreachable after {attempts} attempt(s): "
                    f"{type(err).__name__}: {reason} (check ACTORGRAPH_LLM_BASE_URL)") from None
            if response.status_code in RETRY_STATUSES:
                if not last:
                    self._sleep_before(attempt, response)
                    continue
                raise ExtractorUnavailable(
                    f"LLM endpoint {self.url} answered HTTP {response.status_code} after {attempts} "
                    f"attempt(s): {_server_message(response)}")
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def _reply(self, response: httpx.Response) -> ChatReply:
        status = response.status_code
        if status in (401, 403):
            raise ExtractorResponseError(
                f"LLM endpoint {self.url} refused the request (HTTP {status}): {_server_message(response)} "
                "(check ACTORGRAPH_LLM_API_KEY)")
        if status == 404:
            raise ExtractorResponseError(
                f"LLM endpoint {self.url} answered HTTP 404: {_server_message(response)} (the base URL "
                "usually ends in /v1; check ACTORGRAPH_LLM_BASE_URL and ACTORGRAPH_LLM_MODEL)")
        if status >= 300:
            raise ExtractorResponseError(
                f"LLM endpoint {self.url} answered HTTP {status}: {_server_message(response)}")
        try:
            completion = _Completion.model_validate(response.json())
        except (ValueError, ValidationError):
            raise ExtractorResponseError(
                f"LLM endpoint {self.url} did not answer with a chat completion (is it OpenAI-compatible?)"
            ) from None
        if not completion.choices:
            raise ExtractorResponseError(f"LLM endpoint {self.url} answered with no choices")
        choice = completion.choices[0]
        usage = completion.usage or _Usage()
        return ChatReply(content=choice.message.content or "", finish_reason=choice.finish_reason,
                         prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens)
