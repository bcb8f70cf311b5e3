"""The optional LLM extractor against a real local HTTP server that speaks the chat-completions protocol.

The fake model reads the numbered sentences from the request it receives and answers with relations that
cite them; it knows a handful of invented names and verbs. A ``script`` queues misbehaviours (HTTP
errors, slow or malformed answers) and ``mischief`` adds answers that validation must throw away.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.errors import ExtractorResponseError, ExtractorUnavailable, InvalidInput
from actorgraph.graph import Document, GraphStore, ontology
from actorgraph.graph.model import normalize_name
from actorgraph.loaders.extractors import get_extractor, register_extractor
from actorgraph.loaders.ingest import ingest_documents
from actorgraph.loaders.llm import OpenAICompatibleExtractor, extractor_from_settings

NAMES = {"Orvania": "Country", "Dremland": "Country", "Keltrán Shipping": "Organization",
         "Keltran Shipping": "Organization", "Talia Brenn": "Person", "Dusan Varro": "Person"}
VERBS = {"sanctioned": "SANCTIONS", "met": "MEETS_WITH", "accused": "ACCUSES", "threatened": "THREATENS"}
TEXT = ("Orvania sanctioned Keltrán Shipping on Monday.\n"
        "Talia Brenn met Dusan Varro in the port city yesterday.\n"
        "Dremland accused Orvania of seizing two tankers.\n"
        "According to Dremland, Keltran Shipping threatened Orvania with legal action.\n"
        "Nobody else commented.")
PUBLISHED = dt.date(2026, 3, 5)


def fake_model(user_prompt: str, mischief: bool) -> dict[str, Any]:
    published = re.search(r"Publication date: (\d{4}-\d{2}-\d{2})", user_prompt)
    actors: dict[str, dict[str, Any]] = {}
    relations: list[dict[str, Any]] = []
    for number, sentence in re.findall(r"^\[(\d+)\] (.*)$", user_prompt, re.M):
        found = sorted((m.start(), name) for name in NAMES for m in re.finditer(re.escape(name), sentence))
        for _, name in found:
            actors[name] = {"name": name, "kind": NAMES[name], "aliases": []}
        source_said = re.match(r"According to ([^,]+),", sentence)
        for (a_at, a), (b_at, b) in zip(found, found[1:], strict=False):
            verb = next((v for v in VERBS if f" {v} " in sentence[a_at + len(a):b_at + 1]), None)
            if verb is None:
                continue
            rel: dict[str, Any] = {"source": a, "type": VERBS[verb], "target": b, "sentence": int(number),
                                   "status": "reported" if source_said else "asserted", "date": None,
                                   "attributed_to": source_said.group(1) if source_said else None}
            if "yesterday" in sentence and published:
                rel["date"] = (dt.date.fromisoformat(published.group(1)) - dt.timedelta(days=1)).isoformat()
            relations.append(rel)
    if mischief and actors:
        real = list(actors)
        actors["Zorblax Dynamics"] = {"name": "Zorblax Dynamics", "kind": "Organization"}  # not in the text
        actors["Moon"] = {"name": real[0], "kind": "Planet"}  # kind not in the registry
        actors[real[0]]["aliases"] = ["Republic of Nowhere"]  # alias the text never uses
        base = {"source": real[0], "target": real[1], "sentence": 1}
        relations += [
            {**base, "type": "ADMIRES"},  # type not in the registry
            {**base, "type": "SAME_AS"},  # bookkeeping type, not for the model
            {**base, "type": "ACCUSES", "target": "Zorblax Dynamics"},  # invented actor
            {**base, "type": "ACCUSES", "sentence": 999},  # sentence out of range
            {**base, "type": "ACCUSES", "date": "last Tuesday"},  # not ISO
            {**base, "type": "ACCUSES", "status": "probably"},  # status not in the registry
            {"source": real[0], "type": "ACCUSES"},  # malformed: no target, no sentence
        ]
    return {"actors": list(actors.values()), "relations": relations}


class FakeLLM(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[dict[str, Any]] = []
        self.script: list[Any] = []
        self.mischief = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _Handler(BaseHTTPRequestHandler):
    server: FakeLLM

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
        action = self.server.script.pop(0) if self.server.script else "ok"
        if self.path != "/v1/chat/completions":
            return self._send(404, {"error": {"message": "no such route"}})
        if isinstance(action, tuple) and action[0] == "status":
            return self._send(action[1], {"error": {"message": "busy [try later]"}}, {"Retry-After": "0"})
        if isinstance(action, tuple) and action[0] == "sleep":
            time.sleep(action[1])
            action = "ok"
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        content = json.dumps(fake_model(user, self.server.mischief))
        if action == "malformed":
            content = '{"actors": [{"name": "Orvania", "kind": '
        elif action == "cut":
            content = content[:40]
        elif action == "fenced":
            content = f"<think>the user wants JSON</think>```json\n{content}\n```"
        try:
            self._send(200, {"object": "chat.completion", "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content},
                 "finish_reason": "length" if action == "cut" else "stop"}],
                "usage": {"prompt_tokens": len(user) // 4, "completion_tokens": len(content) // 4}})
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (timeout test)


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


def make(server: FakeLLM, **kw: Any) -> OpenAICompatibleExtractor:
    return OpenAICompatibleExtractor(server.url, "fake-7b", kw.pop("api_key", None), backoff=0.01, **kw)


def document(text: str = TEXT, **kw: Any) -> Document:
    return Document(text=text, title=kw.pop("title", "Tanker dispute widens"), published=PUBLISHED, **kw)


def triples(extraction: Any) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in extraction.actors}
    return {(names[r.source], r.type, names[r.target]) for r in extraction.relations}


# -- the round trip ----------------------------------------------------------------------------------
def test_round_trip_relations_with_offsets_from_our_sentences(server: FakeLLM) -> None:
    doc = document()
    extraction = make(server).extract(doc)
    assert triples(extraction) == {
        ("Orvania", "SANCTIONS", "Keltrán Shipping"), ("Talia Brenn", "MEETS_WITH", "Dusan Varro"),
        ("Dremland", "ACCUSES", "Orvania"), ("Keltrán Shipping", "THREATENS", "Orvania")}
    for rel in extraction.relations:
        ev = rel.evidence
        assert ev.start is not None and ev.end is not None
        assert doc.text[ev.start:ev.end] == ev.sentence and "\n" not in ev.sentence
        assert rel.properties["extractor"] == "llm"
    by_type = {r.type: r for r in extraction.relations}
    assert by_type["SANCTIONS"].evidence.sentence == "Orvania sanctioned Keltrán Shipping on Monday."
    assert by_type["MEETS_WITH"].date == PUBLISHED - dt.timedelta(days=1)
    threat = by_type["THREATENS"]
    assert threat.status == "reported" and threat.attributed_to == "country:dremland"
    keltran = next(a for a in extraction.actors if a.kind == "Organization")
    assert keltran.name == "Keltrán Shipping" and "Keltran Shipping" in keltran.aliases  # merged by norm name
    assert extraction.mentions[keltran.id] == 2


def test_prompt_is_built_from_the_registry_and_numbers_the_sentences(server: FakeLLM) -> None:
    make(server, temperature=0.0).extract(document())
    (request,) = server.requests
    body = request["body"]
    assert body["model"] == "fake-7b" and body["temperature"] == 0.0
    assert body["response_format"] == {"type": "json_object"}
    system, user = body["messages"][0]["content"], body["messages"][1]["content"]
    for name in ontology().fact_types():
        assert f"- {name} (" in system and ontology().relation_types[name].description in system
    assert "SAME_AS" not in system
    for kind in ontology().actor_kinds:
        assert f"- {kind}: " in system
    for status in ("asserted", "reported", "alleged", "denied", "hypothetical", "negated"):
        assert f"- {status}: " in system
    assert "Title: Tanker dispute widens" in user and "Publication date: 2026-03-05 (Thursday)" in user
    assert "[1] Orvania sanctioned Keltrán Shipping on Monday." in user
    assert "[5] Nobody else commented." in user and "[6]" not in user
    assert "Authorization" not in request["headers"]


def test_long_documents_go_in_chunks_and_actors_merge_across_them(server: FakeLLM) -> None:
    extractor = make(server, max_sentences_per_call=2)
    extraction = extractor.extract(document())
    assert len(server.requests) == 3 and extractor.last_stats.calls == 3
    users = [r["body"]["messages"][1]["content"] for r in server.requests]
    assert "[1] " in users[0] and "[3] " not in users[0]
    assert "Part 2 of 3 of the document (sentences 3-4)" in users[1] and "[3] Dremland" in users[1]
    assert "Orvania (Country)" in users[1] and "Keltrán Shipping (Organization)" in users[1]
    orgs = [a for a in extraction.actors if normalize_name(a.name) == "keltran shipping"]
    assert len(orgs) == 1  # "Keltrán Shipping" in chunk 1 and "Keltran Shipping" in chunk 2 are one actor
    assert len(triples(extraction)) == 4
    assert extractor.stats.prompt_tokens > 0 and extractor.stats.completion_tokens > 0


def test_answers_that_do_not_hold_up_are_dropped_and_counted(server: FakeLLM) -> None:
    server.mischief = True
    extractor = make(server)
    extraction = extractor.extract(document())
    assert len(triples(extraction)) == 4  # the good ones survive
    assert "Zorblax Dynamics" not in {a.name for a in extraction.actors}
    assert all(not a.aliases or "Republic of Nowhere" not in a.aliases for a in extraction.actors)
    assert dict(extractor.last_stats.dropped) == {
        "invented_actor": 1, "unknown_kind": 1, "unverified_alias": 1, "unknown_type": 2,
        "unknown_actor": 1, "bad_sentence": 1, "bad_date": 1, "bad_status": 1, "malformed_relation": 1}


def test_fenced_answers_and_thinking_are_tolerated(server: FakeLLM) -> None:
    server.script = ["fenced"]
    assert len(make(server).extract(document()).relations) == 4


def test_malformed_answer_fails_only_that_document(server: FakeLLM, store: GraphStore) -> None:
    server.script = ["malformed"]
    bad = document(path="bad.txt")
    good = document("Dremland accused Orvania of seizing two tankers.", title="Second", path="good.txt")
    report = ingest_documents(store, [bad, good], make(server), link=False)
    (failure,) = report.failures
    assert failure.startswith("bad.txt: ") and "chunk 1 of 1 (sentences 1-5)" in failure
    assert "not valid JSON" in failure and bad.id in failure
    assert report.documents == 1 and report.relations == 1
    docs = store.query("MATCH (d:Document) RETURN d.id AS id").values("id")
    assert docs == [good.id]
    edges = store.query("MATCH (a:Actor)-[r:ACCUSES]->(b:Actor) RETURN a.id AS a, b.id AS b, r.start AS s")
    assert edges.rows == [{"a": "country:dremland", "b": "country:orvania", "s": 0}]


def test_an_answer_cut_at_the_token_limit_says_so(server: FakeLLM) -> None:
    server.script = ["ok", "cut"]
    with pytest.raises(ExtractorResponseError, match=r"chunk 2 of 3 \(sentences 3-4\).*cut off at the token"):
        make(server, max_sentences_per_call=2).extract(document())


# -- transport: retries, timeouts, refusals ----------------------------------------------------------
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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


# -- settings, registry and the CLI ------------------------------------------------------------------
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
