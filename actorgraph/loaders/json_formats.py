"""Readers for .json (one document or a list) and .jsonl (one document per line) files: each record is
validated on its own, so a bad record names its line or index and the good ones still load."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from actorgraph.graph import Document
from actorgraph.loaders.doc_text import DocItems, InputProblem, decode_text, make_document


class DocumentRecord(BaseModel):
    """One document in a .json/.jsonl file. Unknown keys are ignored (exports often carry more)."""

    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    title: str | None = None
    text: str
    url: str | None = None
    source: str | None = None
    published: str | dt.date | None = None

    @field_validator("text")
    @classmethod
    def _has_text(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is empty")
        return v


def _record_document(obj: Any, path: str, line: int | None, record: str | None = None) -> Document | InputProblem:
    label = f"{record}: " if record else ""
    if not isinstance(obj, dict):
        return InputProblem(f"{label}expected a JSON object with a \"text\" field, got {type(obj).__name__}",
                            line)
    try:
        rec = DocumentRecord.model_validate(obj)
        return make_document(rec.text.replace("\r\n", "\n"), path, title=rec.title, url=rec.url,
                             source=rec.source, published=rec.published, doc_id=rec.id, unwrap=True,
                             line=line, record=record)
    except ValidationError as err:
        first = err.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"  # not "published.str" (a union member)
        return InputProblem(f"{label}field {field!r}: {first['msg']}", line)
    except InputProblem as problem:
        return InputProblem(label + problem.message, line)


def read_json(data: bytes, path: str) -> DocItems:
    text = decode_text(data)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputProblem(f"broken JSON: {err.msg} (column {err.colno})", line=err.lineno) from None
    if isinstance(obj, list):
        if not obj:
            raise InputProblem("the JSON list holds no documents")
        for i, item in enumerate(obj, 1):
            yield _record_document(item, path, None, f"record {i}")
    else:
        yield _record_document(obj, path, None)


def read_jsonl(data: bytes, path: str) -> DocItems:
    text = decode_text(data)
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputProblem(f"broken JSON: {err.msg} (column {err.colno})", line=lineno)
            continue
        yield _record_document(obj, path, lineno)
