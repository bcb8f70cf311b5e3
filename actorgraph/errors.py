"""Exceptions that carry their HTTP status; the API maps them with one handler, the CLI prints them."""

from __future__ import annotations


class ActorGraphError(Exception):
    status_code = 500
    title = "Internal error"
    type_slug = "internal-error"

    def __init__(self, detail: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.file = file
        self.line = line
        self.field = field

    def where(self) -> str:
        """``file:line (field)`` prefix for messages, empty when the error has no location."""
        parts = []
        if self.file:
            parts.append(self.file + (f":{self.line}" if self.line is not None else ""))
        elif self.line is not None:
            parts.append(f"line {self.line}")
        if self.field:
            parts.append(f"field {self.field!r}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.detail}" if where else self.detail


class InvalidInput(ActorGraphError, ValueError):
    """Bad input; also a ValueError so pydantic validators report it against the field."""

    status_code = 400
    title = "Invalid input"
    type_slug = "invalid-input"


class NotFound(ActorGraphError):
    status_code = 404
    title = "Not found"
    type_slug = "not-found"


class QueryError(ActorGraphError):
    """The engine rejected a query (syntax, unknown function, type error)."""

    status_code = 400
    title = "Query error"
    type_slug = "query-error"


class ReadOnlyViolation(ActorGraphError):
    status_code = 403
    title = "Write refused on a read-only query"
    type_slug = "read-only"


class QueryTimeout(ActorGraphError):
    status_code = 504
    title = "Query timed out"
    type_slug = "query-timeout"


class PayloadTooLarge(ActorGraphError):
    status_code = 413
    title = "Payload too large"
    type_slug = "payload-too-large"


class Unauthorized(ActorGraphError):
    status_code = 401
    title = "API key required"
    type_slug = "unauthorized"


class Forbidden(ActorGraphError):
    status_code = 403
    title = "API key not accepted"
    type_slug = "forbidden"


class StoreUnavailable(ActorGraphError):
    status_code = 503
    title = "Graph store unavailable"
    type_slug = "store-unavailable"


class ExtractorUnavailable(ActorGraphError):
    """An extraction service (an LLM endpoint) could not be reached, timed out or kept failing."""

    status_code = 503
    title = "Extraction service unavailable"
    type_slug = "extractor-unavailable"


class ExtractorResponseError(ActorGraphError):
    """An extraction service answered, but not with something usable (HTTP error, malformed output)."""

    status_code = 502
    title = "Extraction service gave an unusable answer"
    type_slug = "extractor-bad-response"
