"""Opaque pagination cursors: the last id of a page, signed with the query's filters.

A cursor is base64url JSON ``{"after": id, "f": fingerprint}``; reusing it with different filters,
or sending something that is not a cursor, is a 400 naming the ``cursor`` parameter.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from actorgraph.errors import InvalidInput


def _fingerprint(filters: dict[str, Any]) -> str:
    raw = json.dumps(filters, sort_keys=True, default=str).encode()
    return hashlib.sha256(raw).hexdigest()[:12]


def encode_cursor(after: str, filters: dict[str, Any]) -> str:
    raw = json.dumps({"after": after, "f": _fingerprint(filters)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, filters: dict[str, Any]) -> str | None:
    """The id to continue after, or None for the first page."""
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        after = data["after"]
        fingerprint = data["f"]
    except (ValueError, KeyError, TypeError, UnicodeError):
        raise InvalidInput("not a cursor returned by this API", field="cursor") from None
    if not isinstance(after, str) or fingerprint != _fingerprint(filters):
        raise InvalidInput("this cursor belongs to a listing with other filters", field="cursor")
    return after
