"""Opaque pagination cursors: the last id of a page, signed with the query's filters.

A cursor is base64url JSON ``{"after": id, "f": fingerprint}``; reusing it with different filters,
or sending something that is not a cursor, is a 400 naming the ``cursor`` parameter. Listings not ordered
by id alone continue after a ``[position, id]`` pair (``encode_position`` / ``decode_position``).
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


def encode_position(position: Any, item_id: str, filters: dict[str, Any]) -> str:
    """A cursor continuing after the item at sort position ``position`` with id ``item_id``."""
    return encode_cursor(json.dumps([position, item_id]), filters)


def decode_position(cursor: str | None, filters: dict[str, Any], position_types: tuple[type, ...]
                    ) -> list[Any] | None:
    """``[position, id]`` to continue after, or None for the first page. The position must be one of
    ``position_types`` (a cursor is not tamper-proof, and a value of another type compares as null in Cypher)."""
    after = decode_cursor(cursor, filters)
    if after is None:
        return None
    try:
        key = json.loads(after)
    except ValueError:
        key = None
    if not (isinstance(key, list) and len(key) == 2 and isinstance(key[1], str)
            and isinstance(key[0], position_types) and not isinstance(key[0], bool)):
        raise InvalidInput("not a cursor returned by this API", field="cursor")
    return key
