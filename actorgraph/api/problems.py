"""Every error leaves the API as ``application/problem+json`` (RFC 9457), from one mapping.

``ActorGraphError`` carries its own HTTP status; request validation is 422; anything unexpected is a
500 with a generic detail — the exception is logged server-side, never echoed to the client.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from actorgraph.errors import ActorGraphError

log = logging.getLogger("actorgraph.api")

PROBLEM_MEDIA_TYPE = "application/problem+json"
_TITLES = {400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found",
           405: "Method not allowed", 406: "Not acceptable", 413: "Payload too large",
           415: "Unsupported media type", 422: "Invalid request", 500: "Internal error",
           503: "Service unavailable", 504: "Gateway timeout"}


def problem(status: int, detail: str, *, title: str | None = None, slug: str | None = None,
            headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"/problems/{slug or _TITLES.get(status, 'error').lower().replace(' ', '-')}",
        "title": title or _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _location(loc: Any) -> list[str]:
    """Where an error is, without the tag naming a body union's branch (``body.batch.documents.1``)."""
    from actorgraph.api.schemas import UNION_TAGS

    parts = [str(p) for p in loc]
    if len(parts) > 1 and parts[0] == "body" and parts[1] in UNION_TAGS:
        del parts[1]
    return parts


def _loc(loc: list[Any]) -> str:
    """The field a validation error is about, without its location prefix (``query.limit`` -> ``limit``)."""
    parts = [str(p) for p in loc]
    if len(parts) > 1 and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    return ".".join(parts)


def _clean_errors(errors: list[Any]) -> list[dict[str, Any]]:
    """Validation errors without the raw input or exception objects (which may not serialise)."""
    cleaned = []
    for e in errors:
        loc, msg = _location(e.get("loc", ())), str(e.get("msg", ""))
        if e.get("type") == "json_invalid":  # pydantic puts the character offset where a field would be
            reason = (e.get("ctx") or {}).get("error")
            msg = f"not valid JSON ({reason + ' ' if reason else ''}at character {loc[-1]})"
            loc = ["body"]
        cleaned.append({"loc": loc, "msg": msg, "type": str(e.get("type", ""))})
    return cleaned


async def _actorgraph_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ActorGraphError)
    if exc.status_code >= 500:
        log.warning("%s: %s", type(exc).__name__, exc)
    headers = {"WWW-Authenticate": "APIKey"} if exc.status_code == 401 else None
    return problem(exc.status_code, exc.detail, title=exc.title, slug=exc.type_slug, headers=headers,
                   field=exc.field, file=exc.file, line=exc.line)


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError | ValidationError)
    errors = _clean_errors(list(exc.errors()))
    loc: list[Any] = list(errors[0]["loc"]) if errors else []
    msg = str(errors[0]["msg"]) if errors else "invalid request"
    field = _loc(loc)
    detail = f"{field}: {msg}" if field else msg
    status = 422 if isinstance(exc, RequestValidationError) else 400
    return problem(status, detail, slug="invalid-request" if status == 422 else "invalid-input",
                   field=field or None, errors=errors)


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return problem(exc.status_code, str(exc.detail), headers=dict(exc.headers or {}) or None)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem(500, "the server hit an unexpected error; it has been logged")


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ActorGraphError, _actorgraph_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(ValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


def _problem_response(description: str) -> dict[str, Any]:
    from actorgraph.api.schemas import Problem

    return {"description": description, "model": Problem,
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}}


COMMON_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _problem_response("Bad parameter or input"),
    401: _problem_response("API key required"),
    403: _problem_response("API key not accepted, or writes disabled"),
    413: _problem_response("Request body too large"),
    422: _problem_response("Request validation failed"),
    500: _problem_response("Unexpected server error (details are logged, not returned)"),
    503: _problem_response("Graph store unavailable"),
    504: _problem_response("Query timed out"),
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: _problem_response("No such actor, relation or query")}
