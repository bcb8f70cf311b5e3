from __future__ import annotations

import datetime as dt
import json
import re
import socket
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from actorgraph.graph import Document
from actorgraph.loaders.llm import OpenAICompatibleExtractor

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

def make(server: FakeLLM, **kw: Any) -> OpenAICompatibleExtractor:
    return OpenAICompatibleExtractor(server.url, "fake-7b", kw.pop("api_key", None), backoff=0.01, **kw)

def document(text: str = TEXT, **kw: Any) -> Document:
    return Document(text=text, title=kw.pop("title", "Tanker dispute widens"), published=PUBLISHED, **kw)

def triples(extraction: Any) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in extraction.actors}
    return {(names[r.source], r.type, names[r.target]) for r in extraction.relations}

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
